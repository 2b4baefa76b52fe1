namespace CdsService.Api.Batches.Reports;

using System.Globalization;
using System.Text;
using CdsService.Api.Evaluations.Reports;
using CdsService.Rules.Vocabulary;
using static CdsService.Api.Batches.Reports.BatchMarkdownWriter;
using static CdsService.Api.Evaluations.Reports.CitationFormatter;
using static CdsService.Api.Evaluations.Reports.MarkdownText;

/// <summary>
/// One patient's section, headed by the patient id: compact enough to read out at a board, complete enough to check
/// (HER2 call and basis, findings with their dated notes, notes, the top five options with availability, level and
/// citations, the patient's own warnings; the service-level warnings and the options' dated notes are stated once for
/// the cohort). The full ranking is the patient's appendix; the full one-patient report is one link away.
/// </summary>
internal static class BatchPatientWriter
{
    /// <summary>Options in a patient's section: a board discusses the first few; the rest would fill pages.</summary>
    public const int TopOptionsShown = 5;

    public static void Write(StringBuilder md, BatchPatient patient, Func<Guid, Uri?> reportLinks)
    {
        var r = patient.Report;
        md.Append("### ").AppendLine(Escape(BatchOverviewWriter.PatientName(patient))).AppendLine();
        var lensText = r.Ranking is { } ranking ? "; ranking lens " + Escape(ranking.Lens) : "";
        md.Append("Row ").Append(Number(patient.Row)).Append(" of the file; evaluation ").Append(r.EvaluationId);
        if (reportLinks(r.EvaluationId) is { } link)
            md.Append(" ([full report](").Append(link.AbsoluteUri).Append("))").Append(lensText).AppendLine(".").AppendLine();
        else
            md.Append(" (full report: /api/v1/evaluations/").Append(r.EvaluationId).Append("/report)").Append(lensText).AppendLine(".").AppendLine();

        var her2 = r.Her2;
        md.Append("- **HER2 status: ").Append(Escape(her2.Status)).Append("**");
        if (her2.IshGroup is { } group)
            md.Append(", ISH group ").Append(group.ToString(CultureInfo.InvariantCulture));
        if (her2.Her2Low is true)
            md.Append(", HER2-low (a therapy-eligibility label since 2022, not a status)");
        if (her2.Her2Ultralow is true)
            md.Append(", HER2-ultralow (a therapy-eligibility label since 2025, not a status)");
        md.Append(". ").Append(Escape(her2.Basis)).AppendLine(Suffix(her2.Citations));
        foreach (var action in her2.RequiredActions)
            md.Append("- Required: ").Append(Escape(action.Text)).AppendLine(Suffix(action.Citations));
        if (r.Trastuzumab is { } t)
            md.Append("- Trastuzumab indicated: ").Append(Escape(t.Indicated)).Append(". ").Append(Escape(t.Basis)).AppendLine(Suffix(t.Citations));
        foreach (var f in r.Findings)
        {
            md.Append("- Finding **").Append(Escape(ClinicalLabels.Finding(f.Id))).Append("** (").Append(MarkdownReportWriter.Effect(f.Effect))
                .Append(f.Mechanisms.Count == 0 ? "" : "; " + Escape(ClinicalLabels.MechanismsInText(f.Mechanisms)))
                .Append("): ").AppendLine(Escape(f.Summary) + Suffix(f.Citations));
            // A finding's notes are later evidence on the review's biomarker: the board reads them with the finding.
            DatedNoteWriter.WriteBriefNotes(md, f.Currency, "  ");
        }
        if (r.Findings.Count == 0)
            md.Append("- ").AppendLine(MarkdownReportWriter.NoFinding(r));
        foreach (var n in r.Notes)
            md.Append("- Note: ").Append(Escape(n.Text)).Append(Suffix(n.Citations)).AppendLine(NotesCount(n.Currency));
        foreach (var w in r.Warnings.Where(w => !CohortWarning.IsServiceLevel(w)))
            md.Append("- Warning: ").Append(Escape(w.Text)).Append(Suffix(w.Citations)).AppendLine(NotesCount(w.Currency));
        md.AppendLine();
        WriteTopOptions(md, r.Options);
    }

    /// <summary>The first <see cref="TopOptionsShown"/> options; the full ranking is the patient's appendix.</summary>
    private static void WriteTopOptions(StringBuilder md, IReadOnlyList<ReportOption> options)
    {
        if (options.Count == 0)
        {
            md.AppendLine("No options ranked (options are ranked only when HER2 status is positive).").AppendLine();
            return;
        }
        md.Append("Top ").Append(Number(Math.Min(TopOptionsShown, options.Count))).Append(" of ").Append(Number(options.Count))
            .AppendLine(" ranked options (the full ranking is in the patient's appendix):").AppendLine();
        WriteOptionTable(md, options.Take(TopOptionsShown));
    }

    /// <summary>Every ranked option of the patient: the appendix, collapsed in HTML and at the end of the Markdown.</summary>
    public static void WriteFullRanking(StringBuilder md, IReadOnlyList<ReportOption> options)
    {
        ArgumentNullException.ThrowIfNull(md);
        ArgumentNullException.ThrowIfNull(options);
        WriteOptionTable(md, options);
    }

    /// <summary>" (2 dated notes: see Dated notes)"; the notes themselves are listed once for the cohort.</summary>
    private static string NotesCount(IReadOnlyList<ReportDatedNote> notes) =>
        notes.Count == 0 ? "" : " (" + Number(notes.Count) + (notes.Count == 1 ? " dated note" : " dated notes") + ": see Dated notes)";

    private static void WriteOptionTable(StringBuilder md, IEnumerable<ReportOption> options)
    {
        md.AppendLine("| Rank | Agent | Availability | Dated notes | Target | Level | Direction | Relevance | Citations |")
            .AppendLine("|---:|---|---|---:|---|:-:|---|---|---|");
        foreach (var o in options)
        {
            md.Append("| ").Append(Number(o.Rank)).Append(" | ").Append(Escape(o.Agent)).Append(" | ").Append(DatedNoteWriter.Badge(o.Availability))
                .Append(" | ").Append(Number(o.Currency.Count)).Append(" | ").Append(Escape(o.Target))
                .Append(" | ").Append(Escape(o.EvidenceLevel)).Append(" | ").Append(Escape(o.Direction)).Append(" | ").Append(Escape(o.Relevance))
                .Append(" | ").Append(Inline(o.Citations)).AppendLine(" |");
        }
        md.AppendLine();
    }
}
