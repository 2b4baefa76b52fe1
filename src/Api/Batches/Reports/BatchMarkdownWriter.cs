namespace CdsService.Api.Batches.Reports;

using System.Globalization;
using System.Text;
using CdsService.Api.Evaluations.Reports;
using static CdsService.Api.Evaluations.Reports.CitationFormatter;
using static CdsService.Api.Evaluations.Reports.MarkdownText;

/// <summary>
/// The tumor-board report as Markdown, in the order a board reads it out: provenance, overview (one line per
/// patient), cohort summary, patients, rows that failed, dated notes, the full rankings, references, disclaimer. The
/// HTML report renders these same sections, with the charts between the summary and the patients and each full
/// ranking folded into its patient's section. The report is written as it is read: the overview counts the cohort
/// while it lists the patients, so what follows it (summary, dated notes, references) is known without holding them.
/// </summary>
public static class BatchMarkdownWriter
{
    public const string Title = "Tumor-board report: HER2 breast cancer, trastuzumab decision support";

    public static async Task WriteAsync(TextWriter output, BatchReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var buffer = new ReportBuffer(output);
        var md = buffer.Text;
        WriteProvenance(md, report);
        // The first bytes go out before the cohort is read: a large report starts at once.
        await buffer.FlushAsync(cancellationToken);

        var tally = new CohortTally();
        BatchOverviewWriter.WriteIntro(md, report.PatientCount);
        await foreach (var patient in report.ReadPatients(cancellationToken))
        {
            tally.Add(patient);
            BatchOverviewWriter.WriteRow(md, patient, report.PatientLink);
            await buffer.FlushIfFullAsync(cancellationToken);
        }
        md.AppendLine();
        WriteCohort(md, report, tally);

        WritePatientsHeading(md, report);
        await foreach (var patient in report.ReadPatients(cancellationToken))
        {
            BatchPatientWriter.Write(md, patient, report.PatientLink);
            await buffer.FlushIfFullAsync(cancellationToken);
        }

        WriteFailedRowsAndNotes(md, report, tally);
        if (tally.PatientsWithOptions > 0)
        {
            md.AppendLine("## Appendix: full rankings").AppendLine();
            await foreach (var patient in report.ReadPatients(cancellationToken))
            {
                if (patient.Report.Options.Count == 0)
                    continue;
                // The appendix: each HER2-positive patient's full ranking, for checking what the top five left out.
                md.Append("### Full ranking: ").AppendLine(Escape(BatchOverviewWriter.PatientName(patient))).AppendLine();
                BatchPatientWriter.WriteFullRanking(md, patient.Report.Options);
                await buffer.FlushIfFullAsync(cancellationToken);
            }
        }
        WriteEnd(md, report, tally);
        await buffer.FlushAsync(cancellationToken);
    }

    /// <summary>Title, provenance and the file's warnings: everything known before the cohort is read.</summary>
    public static void WriteProvenance(StringBuilder md, BatchReport report)
    {
        ArgumentNullException.ThrowIfNull(md);
        ArgumentNullException.ThrowIfNull(report);
        md.Append("# ").AppendLine(Title).AppendLine();
        md.AppendLine("| | |").AppendLine("|---|---|");
        md.Append("| Batch | ").Append(report.BatchId).AppendLine(" |");
        md.Append("| Submitted | ").Append(Time(report.CreatedAt)).Append(" (").Append(Escape(report.Format)).AppendLine(") |");
        md.Append("| Ranking | lens ").Append(Escape(report.RankingLens)).AppendLine(" for every row |");
        md.Append("| Completed | ").Append(report.CompletedAt is { } done ? Time(done) : "not yet").AppendLine(" |");
        md.Append("| Rows | ").Append(Number(report.Total)).Append(" in the file: ").Append(Number(report.Evaluated))
            .Append(" evaluated, ").Append(Number(report.Failed)).AppendLine(" failed |");
        foreach (var kb in report.KnowledgeBases)
        {
            md.Append("| Knowledge base | version ").Append(Escape(kb.Version)).Append(", SHA-256 ").Append(Escape(kb.Hash))
                .Append(" (").Append(Number(kb.Patients)).AppendLine(" patients) |");
        }
        if (report.SourceCitation is not null)
        {
            md.Append("| Source review | ").Append(Escape(report.SourceCitation))
                .Append(report.SourceDoi is null ? "" : ", doi " + Escape(report.SourceDoi))
                .Append(report.SourceVerified ? "" : " (identity not verified)").AppendLine(" |");
        }
        md.AppendLine();
        foreach (var warning in report.Warnings)
            md.Append("> ").AppendLine(Escape(warning));
        if (report.Warnings.Count > 0)
            md.AppendLine();
    }

    /// <summary>The cohort summary tables and the warnings stated once for the cohort.</summary>
    public static void WriteCohort(StringBuilder md, BatchReport report, CohortTally tally)
    {
        ArgumentNullException.ThrowIfNull(md);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(tally);
        CohortSummaryWriter.Write(md, tally.Summary(), report.Evaluated);
        var warnings = tally.CohortWarnings();
        if (warnings.Count == 0)
            return;
        md.AppendLine("### Warnings for the cohort").AppendLine();
        md.AppendLine("Stated once here, not in the patient sections: they concern the evidence behind every answer, not the patient.").AppendLine();
        foreach (var w in warnings)
        {
            md.Append("- Warning (").Append(Number(w.Patients)).Append(" of ").Append(Number(report.Evaluated))
                .Append(" patients): ").Append(Escape(w.Text)).AppendLine(Suffix(w.Citations));
        }
        md.AppendLine();
    }

    public static void WritePatientsHeading(StringBuilder md, BatchReport report)
    {
        ArgumentNullException.ThrowIfNull(md);
        ArgumentNullException.ThrowIfNull(report);
        md.AppendLine("## Patients").AppendLine();
        if (report.PatientCount == 0)
            md.AppendLine("No patient of this batch was evaluated.").AppendLine();
    }

    /// <summary>Rows that failed, then every dated note shown: the back matter before the full rankings.</summary>
    public static void WriteFailedRowsAndNotes(StringBuilder md, BatchReport report, CohortTally tally)
    {
        ArgumentNullException.ThrowIfNull(md);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(tally);
        WriteFailedRows(md, report);
        WriteDatedNotes(md, tally);
    }

    /// <summary>References and the disclaimer.</summary>
    public static void WriteEnd(StringBuilder md, BatchReport report, CohortTally tally)
    {
        ArgumentNullException.ThrowIfNull(md);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(tally);
        WriteReferences(md, tally.References());
        md.AppendLine("---").AppendLine();
        md.Append("**Disclaimer.** ").AppendLine(Escape(report.Disclaimer));
    }

    private static void WriteFailedRows(StringBuilder md, BatchReport report)
    {
        md.AppendLine("## Rows that failed").AppendLine();
        if (report.FailedRows.Count == 0)
        {
            md.AppendLine("None: every row of the file was evaluated.").AppendLine();
            return;
        }
        md.AppendLine("These rows were skipped; the other rows were evaluated. Fix them and submit them again.").AppendLine();
        md.AppendLine("| Row | Column | Field | Problem | Patient |").AppendLine("|---:|---|---|---|---|");
        foreach (var e in report.FailedRows)
        {
            md.Append("| ").Append(Number(e.Row)).Append(" | ").Append(Escape(e.Column ?? "(row)")).Append(" | ")
                .Append(Escape(e.Field ?? "")).Append(" | ").Append(Escape(e.Message)).Append(" | ")
                .Append(e.PatientId is null ? "not given" : Escape(e.PatientId)).AppendLine(" |");
        }
        md.AppendLine();
    }

    /// <summary>
    /// Every dated note shown for any patient, once per agent, finding or message it concerns (the patient sections give
    /// only the counts): dated knowledge from outside the review, never part of a level (docs/clinical-rules.md, "Dated notes").
    /// </summary>
    private static void WriteDatedNotes(StringBuilder md, CohortTally tally)
    {
        var subjects = tally.DatedSubjects();
        if (subjects.Count == 0)
            return;
        md.AppendLine("## Dated notes").AppendLine();
        md.AppendLine("What happened after the review to the agents, findings and messages above, with sources. Dated knowledge from outside the review: it never changes a level. Unverified notes are marked.").AppendLine();
        foreach (var subject in subjects)
        {
            md.Append("### ").Append(Escape(subject.Subject)).Append(subject.Badge is { } badge ? " (" + badge + ")" : "")
                .Append(": ").Append(Number(subject.Notes.Count)).AppendLine(subject.Notes.Count == 1 ? " note" : " notes").AppendLine();
            foreach (var note in subject.Notes)
                md.Append("- ").AppendLine(DatedNoteWriter.Note(note));
            md.AppendLine();
        }
    }

    private static void WriteReferences(StringBuilder md, IReadOnlyList<ReportCitation> references)
    {
        md.AppendLine("## References").AppendLine();
        if (references.Count == 0)
            md.AppendLine("No numbered reference of the review is cited in this report.");
        foreach (var reference in references)
            md.Append("- ").AppendLine(ReferenceEntry(reference));
        md.AppendLine();
        md.AppendLine("Numbers are the review's own reference numbers, as the review writes them ([16]). \"Not identified\" means the number could not be matched to a publication; a probable identification is not certain.");
        md.AppendLine();
    }

    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
