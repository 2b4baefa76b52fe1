namespace CdsService.Api.Evaluations.Reports;

using System.Net;
using Markdig;

/// <summary>
/// The Markdown report rendered by Markdig into one self-contained, print-friendly page (inline CSS, no scripts,
/// no external resources). Raw HTML is disabled in the pipeline as a second guard behind the Markdown escaping.
/// </summary>
public static class HtmlReportRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    private const string Style = """
        body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1a1a1a;max-width:60rem;margin:2rem auto;padding:0 1rem}
        h1{font-size:1.5rem;border-bottom:2px solid #333;padding-bottom:.3rem}h2{font-size:1.2rem;margin-top:1.8rem}
        table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.25rem .5rem;vertical-align:top;text-align:left}
        th{background:#f0f0f0}hr{margin-top:2rem}
        @media print{body{margin:0;max-width:none;font-size:11pt}h2{break-after:avoid}tr{break-inside:avoid}}
        """;

    public static string Render(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var body = Markdown.ToHtml(MarkdownReportWriter.Write(report), Pipeline);
        var title = WebUtility.HtmlEncode(MarkdownReportWriter.Title + (report.PatientId is null ? "" : " - " + report.PatientId));
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n" +
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n" +
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
            "<title>" + title + "</title>\n<style>\n" + Style + "\n</style>\n</head>\n<body>\n<main>\n" + body + "</main>\n</body>\n</html>\n";
    }
}
