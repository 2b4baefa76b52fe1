namespace CdsService.Api.Evaluations.Reports;

using System.Globalization;
using System.Text;
using static CdsService.Api.Evaluations.Reports.CitationFormatter;
using static CdsService.Api.Evaluations.Reports.MarkdownText;

/// <summary>The one-patient report as Markdown; the HTML report is this document rendered.</summary>
public static class MarkdownReportWriter
{
    public const string Title = "HER2 breast cancer: trastuzumab decision-support report";

    public static string Write(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder(4096);
        md.Append("# ").AppendLine(Title).AppendLine();
        WriteProvenance(md, report);
        WriteHer2(md, report);
        WriteFindings(md, report.Findings);
        ReportOptionsWriter.Write(md, report);
        WriteWarnings(md, report.Warnings);
        WriteReferences(md, report);
        md.AppendLine("---").AppendLine();
        md.Append("**Disclaimer.** ").AppendLine(Escape(report.Disclaimer));
        return md.ToString();
    }

    private static void WriteProvenance(StringBuilder md, EvaluationReport r)
    {
        md.AppendLine("| | |").AppendLine("|---|---|");
        md.Append("| Patient | ").Append(r.PatientId is null ? "not given" : Escape(r.PatientId)).AppendLine(" |");
        md.Append("| Evaluation | ").Append(r.EvaluationId.ToString()).AppendLine(" |");
        md.Append("| Evaluated at | ").Append(r.EvaluatedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)).AppendLine(" |");
        md.Append("| Channel | ").Append(Escape(r.Channel)).AppendLine(" |");
        md.Append("| Knowledge base | version ").Append(Escape(r.KbVersion)).Append(", SHA-256 ").Append(Escape(r.KbHash)).AppendLine(" |");
        md.Append("| Engine | ").Append(Escape(r.EngineVersion)).AppendLine(" |");
        if (r.SourceCitation is not null)
        {
            md.Append("| Source review | ").Append(Escape(r.SourceCitation));
            if (r.SourceDoi is not null)
                md.Append(", doi ").Append(Escape(r.SourceDoi));
            md.Append(r.SourceVerified ? "" : " (identity not verified)").AppendLine(" |");
        }
        md.AppendLine();
    }

    private static void WriteHer2(StringBuilder md, EvaluationReport r)
    {
        var her2 = r.Her2;
        md.Append("## HER2 status: ").AppendLine(Escape(her2.Status)).AppendLine();
        if (her2.Basis is not null)
            md.Append("**Basis.** ").Append(Escape(her2.Basis)).AppendLine(Suffix(her2.Citations)).AppendLine();
        if (her2.Guideline is not null)
            md.Append("- Guideline: ").AppendLine(Escape(her2.Guideline));
        if (her2.IshGroup is { } group)
            md.Append("- ISH group: ").AppendLine(group.ToString(CultureInfo.InvariantCulture));
        if (her2.Her2Low is { } low)
            md.Append("- HER2-low: ").AppendLine(low ? "yes" : "no");
        foreach (var action in her2.RequiredActions)
            md.Append("- Required: ").Append(Escape(action.Text)).Append(" (").Append(Escape(action.Code)).Append(')').AppendLine(Suffix(action.Citations));
        md.AppendLine();
        if (r.Trastuzumab is { } t)
        {
            md.Append("**Trastuzumab indicated:** ").Append(Escape(t.Indicated)).AppendLine();
            if (t.Basis is not null)
                md.AppendLine().Append(EscapeAtLineStart(t.Basis)).AppendLine(Suffix(t.Citations));
            md.AppendLine();
        }
    }

    private static void WriteFindings(StringBuilder md, IReadOnlyList<ReportFinding> findings)
    {
        md.AppendLine("## Findings").AppendLine();
        if (findings.Count == 0)
            md.AppendLine("No resistance-relevant finding for the markers given.");
        foreach (var f in findings)
        {
            md.Append("- **").Append(Escape(f.Id)).Append("** (").Append(Escape(f.Effect)).Append("): ")
                .Append(Escape(f.Summary)).AppendLine(Suffix(f.Citations));
            md.Append("  Mechanisms: ").Append(f.Mechanisms.Count == 0 ? "none" : Escape(string.Join(", ", f.Mechanisms)))
                .Append("; from: ").AppendLine(Escape(string.Join(", ", f.Inputs)));
        }
        md.AppendLine();
    }

    private static void WriteWarnings(StringBuilder md, IReadOnlyList<ReportNote> warnings)
    {
        if (warnings.Count == 0)
            return;
        md.AppendLine("## Warnings").AppendLine();
        foreach (var w in warnings)
            md.Append("- ").Append(EscapeAtLineStart(w.Text)).Append(" (").Append(Escape(w.Code)).Append(')').AppendLine(Suffix(w.Citations));
        md.AppendLine();
    }

    private static void WriteReferences(StringBuilder md, EvaluationReport r)
    {
        md.AppendLine("## References").AppendLine();
        var references = r.CitedReferences();
        if (references.Count == 0)
            md.AppendLine("No numbered reference of the review is cited in this report.");
        foreach (var reference in references)
            md.Append("- ").AppendLine(ReferenceEntry(reference));
        md.AppendLine();
        md.AppendLine("Numbers are the review's own reference numbers. \"Not identified\" means the number could not be matched to a publication; a probable identification is not certain.");
        md.AppendLine();
    }
}
