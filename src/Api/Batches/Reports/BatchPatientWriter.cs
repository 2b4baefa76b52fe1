namespace CdsService.Api.Batches.Reports;

using System.Globalization;
using System.Text;
using static CdsService.Api.Batches.Reports.BatchMarkdownWriter;
using static CdsService.Api.Evaluations.Reports.CitationFormatter;
using static CdsService.Api.Evaluations.Reports.MarkdownText;

/// <summary>
/// One patient's section: compact enough to read out at a board, complete enough to check (HER2 call and basis,
/// findings, every ranked option with its level and citations, the patient's own warnings; the service-level ones are
/// stated once for the cohort). The full one-patient report is one link away.
/// </summary>
internal static class BatchPatientWriter
{
    public static void Write(StringBuilder md, BatchPatient patient, IReadOnlyDictionary<Guid, Uri> reportLinks)
    {
        var r = patient.Report;
        md.Append("### Row ").Append(Number(patient.Row)).Append(": ").AppendLine(r.PatientId is null ? "patient id not given" : Escape(r.PatientId)).AppendLine();
        if (reportLinks.TryGetValue(r.EvaluationId, out var link))
            md.Append("Evaluation ").Append(r.EvaluationId).Append(" ([full report](").Append(link.AbsoluteUri).AppendLine("))").AppendLine();
        else
            md.Append("Evaluation ").Append(r.EvaluationId).Append(" (full report: /api/v1/evaluations/").Append(r.EvaluationId).AppendLine("/report)").AppendLine();

        var her2 = r.Her2;
        md.Append("- **HER2 status: ").Append(Escape(her2.Status)).Append("**");
        if (her2.IshGroup is { } group)
            md.Append(", ISH group ").Append(group.ToString(CultureInfo.InvariantCulture));
        if (her2.Her2Low is true)
            md.Append(", HER2-low");
        md.Append(". ").Append(Escape(her2.Basis)).AppendLine(Suffix(her2.Citations));
        foreach (var action in her2.RequiredActions)
            md.Append("- Required: ").Append(Escape(action.Text)).Append(" (").Append(Escape(action.Code)).Append(')').AppendLine(Suffix(action.Citations));
        if (r.Trastuzumab is { } t)
            md.Append("- Trastuzumab indicated: ").Append(Escape(t.Indicated)).Append(". ").Append(Escape(t.Basis)).AppendLine(Suffix(t.Citations));
        foreach (var f in r.Findings)
        {
            md.Append("- Finding **").Append(Escape(f.Id)).Append("** (").Append(Escape(f.Effect))
                .Append(f.Mechanisms.Count == 0 ? "" : "; " + Escape(string.Join(", ", f.Mechanisms)))
                .Append("): ").Append(Escape(f.Summary)).AppendLine(Suffix(f.Citations));
        }
        if (r.Findings.Count == 0)
            md.AppendLine("- No resistance-relevant finding for the markers given.");
        foreach (var w in r.Warnings.Where(w => !CohortWarning.IsServiceLevel(w)))
            md.Append("- Warning (").Append(Escape(w.Code)).Append("): ").Append(Escape(w.Text)).AppendLine(Suffix(w.Citations));
        md.AppendLine();
        WriteOptions(md, r.Options);
    }

    private static void WriteOptions(StringBuilder md, IReadOnlyList<Evaluations.Reports.ReportOption> options)
    {
        if (options.Count == 0)
        {
            md.AppendLine("No options ranked (options are ranked only when HER2 status is positive).").AppendLine();
            return;
        }
        md.AppendLine("| Rank | Agent | Target | Level | Direction | Relevance | Citations |").AppendLine("|---:|---|---|:-:|---|---|---|");
        foreach (var o in options)
        {
            md.Append("| ").Append(Number(o.Rank)).Append(" | ").Append(Escape(o.Agent)).Append(" | ").Append(Escape(o.Target))
                .Append(" | ").Append(Escape(o.EvidenceLevel)).Append(" | ").Append(Escape(o.Direction)).Append(" | ").Append(Escape(o.Relevance))
                .Append(" | ").Append(Inline(o.Citations)).AppendLine(" |");
        }
        md.AppendLine();
    }
}
