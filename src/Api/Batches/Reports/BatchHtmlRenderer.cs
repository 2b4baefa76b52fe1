namespace CdsService.Api.Batches.Reports;

using System.Globalization;
using System.Net;
using System.Text;
using Markdig;

/// <summary>
/// The Markdown report rendered by Markdig into one self-contained, printable page: inline CSS, the cohort charts as
/// inline SVG, each patient a section that starts a printed page with its full ranking folded (details/summary), no
/// script and no external resource. Raw HTML is disabled in the pipeline as a second guard behind
/// the Markdown escaping of every stored value. Written as it is read, a section at a time (see <see cref="BatchMarkdownWriter"/>).
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

    public static async Task WriteAsync(TextWriter output, BatchReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var buffer = new ReportBuffer(output);
        var html = buffer.Text;
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(WebUtility.HtmlEncode(BatchMarkdownWriter.Title)).Append("</title>\n<style>\n").Append(Style)
            .Append("\n</style>\n</head>\n<body>\n<main>\n")
            .Append(ToHtml(md => BatchMarkdownWriter.WriteProvenance(md, report)))
            .Append(ToHtml(md => md.AppendLine(BatchOverviewWriter.Heading)));
        await buffer.FlushAsync(cancellationToken);

        var tally = new CohortTally();
        if (report.PatientCount == 0)
        {
            html.Append("<p>No patient of this batch was evaluated.</p>\n");
        }
        else
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(BatchOverviewWriter.Intro(report.PatientCount))).Append("</p>\n<table>\n<thead>\n<tr>\n");
            foreach (var column in BatchOverviewWriter.Columns)
                html.Append("<th>").Append(WebUtility.HtmlEncode(column)).Append("</th>\n");
            html.Append("</tr>\n</thead>\n<tbody>\n");
            await foreach (var patient in report.ReadPatients(cancellationToken))
            {
                tally.Add(patient);
                html.Append("<tr>\n");
                foreach (var cell in BatchOverviewWriter.Cells(patient, report.PatientLink))
                    html.Append("<td>").Append(Inline(cell)).Append("</td>\n");
                html.Append("</tr>\n");
                await buffer.FlushIfFullAsync(cancellationToken);
            }
            html.Append("</tbody>\n</table>\n");
        }

        html.Append(ToHtml(md => BatchMarkdownWriter.WriteCohort(md, report, tally)));
        if (tally.Patients > 0)
            html.Append(CohortCharts.Render(tally));
        html.Append(ToHtml(md => BatchMarkdownWriter.WritePatientsHeading(md, report)));
        await foreach (var patient in report.ReadPatients(cancellationToken))
        {
            // One patient starts on one page when printed (section.patient in the print CSS).
            html.Append("<section class=\"patient\">\n").Append(ToHtml(md => BatchPatientWriter.Write(md, patient, report.PatientLink)));
            if (patient.Report.Options.Count > 0)
            {
                html.Append("<details>\n<summary>Full ranking: all ").Append(patient.Report.Options.Count.ToString(CultureInfo.InvariantCulture))
                    .Append(" options</summary>\n").Append(ToHtml(md => BatchPatientWriter.WriteFullRanking(md, patient.Report.Options))).Append("</details>\n");
            }
            html.Append("</section>\n");
            await buffer.FlushIfFullAsync(cancellationToken);
        }
        html.Append(ToHtml(md =>
        {
            BatchMarkdownWriter.WriteFailedRowsAndNotes(md, report, tally);
            BatchMarkdownWriter.WriteEnd(md, report, tally);
        })).Append("</main>\n</body>\n</html>\n");
        await buffer.FlushAsync(cancellationToken);
    }

    private static string ToHtml(Action<StringBuilder> write)
    {
        var md = new StringBuilder();
        write(md);
        return Markdown.ToHtml(md.ToString(), Pipeline);
    }

    /// <summary>A table cell's Markdown as inline HTML: Markdig renders it as a paragraph, whose tags a cell does not need.</summary>
    private static string Inline(string markdown)
    {
        var html = Markdown.ToHtml(markdown, Pipeline).TrimEnd('\n');
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) ? html[3..^4] : html;
    }
}
