namespace CdsService.Api.Batches.Reports;

using System.Net;
using System.Text;
using Markdig;

/// <summary>
/// The Markdown report rendered by Markdig into one self-contained, printable page: inline CSS, the cohort charts as
/// inline SVG, each patient a section that starts a printed page with its full ranking folded (details/summary), no
/// script and no external resource. Raw HTML is disabled in the pipeline as a second guard behind
/// the Markdown escaping of every stored value.
/// </summary>
public static class BatchHtmlRenderer
{
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    private const string Style = """
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1a1a1a;max-width:72rem;margin:2rem auto;padding:0 1rem}
        h1{font-size:1.5rem;border-bottom:2px solid #333;padding-bottom:.3rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #999}
        h3{font-size:1.05rem;margin-top:1.5rem}table{border-collapse:collapse;margin:.5rem 0}
        th,td{border:1px solid #bbb;padding:.2rem .45rem;vertical-align:top;text-align:left}th{background:#f0f0f0}
        figure{margin:1rem 0}svg{max-width:100%;height:auto}hr{margin-top:2rem}
        details{margin:.5rem 0}summary{cursor:pointer;font-weight:600}
        @media print{body{margin:0;max-width:none;font-size:10pt}h2,h3{break-after:avoid}tr,figure{break-inside:avoid}
        section.patient{break-before:page}}
        """;

    public static string Render(BatchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var overview = new StringBuilder();
        BatchMarkdownWriter.WriteOverview(overview, report);
        var html = new StringBuilder(4096 + (report.Patients.Count * 8192));
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(WebUtility.HtmlEncode(BatchMarkdownWriter.Title)).Append("</title>\n<style>\n").Append(Style)
            .Append("\n</style>\n</head>\n<body>\n<main>\n")
            .Append(Markdown.ToHtml(overview.ToString(), Pipeline));
        if (report.Patients.Count > 0)
            html.Append(CohortCharts.Render(report));
        html.Append(ToHtml(md => BatchMarkdownWriter.WritePatientsHeading(md, report)));
        foreach (var patient in report.Patients)
        {
            // One patient starts on one page when printed (section.patient in the print CSS).
            html.Append("<section class=\"patient\">\n").Append(ToHtml(md => BatchPatientWriter.Write(md, patient, report.PatientReportLinks)));
            if (patient.Report.Options.Count > 0)
            {
                html.Append("<details>\n<summary>Full ranking: all ").Append(patient.Report.Options.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Append(" options</summary>\n").Append(ToHtml(md => BatchPatientWriter.WriteFullRanking(md, patient.Report.Options))).Append("</details>\n");
            }
            html.Append("</section>\n");
        }
        html.Append(ToHtml(md => BatchMarkdownWriter.WriteBackMatter(md, report, withFullRankings: false))).Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string ToHtml(Action<StringBuilder> write)
    {
        var md = new StringBuilder();
        write(md);
        return Markdown.ToHtml(md.ToString(), Pipeline);
    }
}
