namespace CdsService.Api.Batches.Reports;

using System.Text;
using CdsService.Api.Evaluations.Reports;
using static CdsService.Api.Batches.Reports.BatchMarkdownWriter;
using static CdsService.Api.Evaluations.Reports.MarkdownText;

/// <summary>
/// The overview the report opens with, one line per patient (docs/batches.md, "Overview"). The cell texts are shared
/// with the CSV summary export, which has the same columns unescaped.
/// </summary>
internal static class BatchOverviewWriter
{
    public const string NotRanked = "not ranked (HER2 not positive)";
    public const string NoneAvailable = "no tier 1 or 2 option";

    public const string Heading = "## Overview";

    public static void WriteIntro(StringBuilder md, int patients)
    {
        ArgumentNullException.ThrowIfNull(md);
        md.AppendLine(Heading).AppendLine();
        if (patients == 0)
        {
            md.AppendLine("No patient of this batch was evaluated.").AppendLine();
            return;
        }
        md.Append(Intro(patients)).AppendLine().AppendLine();
        md.Append("| ").Append(string.Join(" | ", Columns)).AppendLine(" |").AppendLine("|---|---|---|---|---|");
    }

    /// <summary>The sentence that says how to read the overview.</summary>
    public static string Intro(int patients) =>
        "One line per evaluated patient (" + Number(patients) + "); the patient id opens the one-patient report. Pending: the HER2 actions still required. Top option: the best-ranked supporting option of tier 1 or 2; a tier-3 agent is never headlined.";

    public static readonly string[] Columns = ["Patient", "HER2 (pending)", "Findings by mechanism", "Top available option", "Flags"];

    public static void WriteRow(StringBuilder md, BatchPatient patient, Func<Guid, Uri?> links)
    {
        ArgumentNullException.ThrowIfNull(md);
        md.Append("| ").Append(string.Join(" | ", Cells(patient, links))).AppendLine(" |");
    }

    /// <summary>The overview's cells for one patient, as Markdown: the same in the Markdown table and the HTML one.</summary>
    public static string[] Cells(BatchPatient patient, Func<Guid, Uri?> links)
    {
        var row = BatchOverviewRow.Of(patient);
        return [PatientLink(patient, links), Escape(Her2(row)), Escape(Findings(row)), TopOption(row), Escape(Flags(row))];
    }

    /// <summary>The patient id (or its row) as a link to the one-patient report when the report carries links.</summary>
    public static string PatientLink(BatchPatient patient, Func<Guid, Uri?> links)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(links);
        var name = LinkText(PatientName(patient));
        return links(patient.Report.EvaluationId) is { } link ? "[" + name + "](" + link.AbsoluteUri + ")" : name;
    }

    /// <summary>The patient id, or "row N (no patient id)" when the row gave none.</summary>
    public static string PatientName(BatchPatient patient) =>
        patient.Report.PatientId ?? "row " + Number(patient.Row) + " (no patient id)";

    /// <summary>"equivocal; pending: reflex-ish" or "positive".</summary>
    public static string Her2(BatchOverviewRow row) =>
        row.Pending.Count == 0 ? row.Her2Status : row.Her2Status + "; pending: " + string.Join(", ", row.Pending);

    /// <summary>"pi3k-hyperactivation: pten-loss, pik3ca-activating; epitope-loss: p95her2-present" or "none".</summary>
    public static string Findings(BatchOverviewRow row) =>
        row.FindingsByMechanism.Count == 0
            ? "none"
            : string.Join("; ", row.FindingsByMechanism.Select(m => m.Mechanism + ": " + string.Join(", ", m.Findings)));

    public static string Flags(BatchOverviewRow row) => row.Flags.Count == 0 ? "none" : string.Join(", ", row.Flags);

    /// <summary>The agent and its availability badge (already Markdown: the badge marks "unverified" itself).</summary>
    private static string TopOption(BatchOverviewRow row) =>
        row.TopAvailableOption is { } top
            ? Escape(top.Agent) + " (rank " + Number(top.Rank) + "; " + DatedNoteWriter.Badge(top.Availability) + ")"
            : Escape(row.Her2Status == "positive" ? NoneAvailable : NotRanked);

    /// <summary>Link text cannot hold an unbalanced bracket: escaped on top of the usual Markdown escaping.</summary>
    private static string LinkText(string value) => Escape(value).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
}
