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
/// ranking folded into its patient's section.
/// </summary>
public static class BatchMarkdownWriter
{
    public const string Title = "Tumor-board report: HER2 breast cancer, trastuzumab decision support";

    public static string Write(BatchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder(4096 + (report.Patients.Count * 2048));
        WriteOverview(md, report);
        WritePatientsHeading(md, report);
        foreach (var patient in report.Patients)
            BatchPatientWriter.Write(md, patient, report.PatientReportLinks);
        WriteBackMatter(md, report, withFullRankings: true);
        return md.ToString();
    }

    /// <summary>Title, provenance and cohort summary.</summary>
    public static void WriteOverview(StringBuilder md, BatchReport report)
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
        BatchOverviewWriter.Write(md, report);
        CohortSummaryWriter.Write(md, report.Summary, report.Evaluated);
        WriteCohortWarnings(md, report);
    }

    public static void WritePatientsHeading(StringBuilder md, BatchReport report)
    {
        ArgumentNullException.ThrowIfNull(md);
        ArgumentNullException.ThrowIfNull(report);
        md.AppendLine("## Patients").AppendLine();
        if (report.Patients.Count == 0)
            md.AppendLine("No patient of this batch was evaluated.").AppendLine();
    }

    /// <summary>
    /// Failed rows, dated notes, references and the disclaimer; in Markdown also every patient's full ranking, which
    /// the HTML report folds into each patient's section instead.
    /// </summary>
    public static void WriteBackMatter(StringBuilder md, BatchReport report, bool withFullRankings)
    {
        ArgumentNullException.ThrowIfNull(md);
        ArgumentNullException.ThrowIfNull(report);
        WriteFailedRows(md, report);
        WriteDatedNotes(md, report.Patients);
        if (withFullRankings)
            WriteFullRankings(md, report.Patients);
        WriteReferences(md, report.References);
        md.AppendLine("---").AppendLine();
        md.Append("**Disclaimer.** ").AppendLine(Escape(report.Disclaimer));
    }

    /// <summary>The appendix: each HER2-positive patient's full ranking, for checking what the top five left out.</summary>
    private static void WriteFullRankings(StringBuilder md, IReadOnlyList<BatchPatient> patients)
    {
        var ranked = patients.Where(p => p.Report.Options.Count > 0).ToList();
        if (ranked.Count == 0)
            return;
        md.AppendLine("## Appendix: full rankings").AppendLine();
        foreach (var patient in ranked)
        {
            md.Append("### Full ranking: ").AppendLine(Escape(BatchOverviewWriter.PatientName(patient))).AppendLine();
            BatchPatientWriter.WriteFullRanking(md, patient.Report.Options);
        }
    }

    private static void WriteCohortWarnings(StringBuilder md, BatchReport report)
    {
        if (report.CohortWarnings.Count == 0)
            return;
        md.AppendLine("### Warnings for the cohort").AppendLine();
        md.AppendLine("Stated once here, not in the patient sections: they concern the evidence behind every answer, not the patient.").AppendLine();
        foreach (var w in report.CohortWarnings)
        {
            md.Append("- Warning (").Append(Escape(w.Code)).Append("; ").Append(Number(w.Patients)).Append(" of ").Append(Number(report.Evaluated))
                .Append(" patients): ").Append(Escape(w.Text)).AppendLine(Suffix(w.Citations));
        }
        md.AppendLine();
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
    private static void WriteDatedNotes(StringBuilder md, IReadOnlyList<BatchPatient> patients)
    {
        var bySubject = patients.Select(p => p.Report).SelectMany(r =>
                r.Options.Select(o => (Subject: o.Agent, Badge: (string?)DatedNoteWriter.Badge(o.Availability), Notes: o.Currency))
                    .Concat(r.Findings.Select(f => (Subject: f.Id, Badge: (string?)null, Notes: f.Currency)))
                    .Concat(r.AlsoDiscussed.Select(a => (Subject: a.Name, Badge: (string?)DatedNoteWriter.Badge(a.Availability), Notes: a.Currency)))
                    .Concat(r.Notes.Concat(r.Warnings).Select(m => (Subject: m.Code, Badge: (string?)null, Notes: m.Currency))))
            .Where(s => s.Notes.Count > 0)
            .GroupBy(s => s.Subject, StringComparer.Ordinal)
            .ToList();
        if (bySubject.Count == 0)
            return;
        md.AppendLine("## Dated notes").AppendLine();
        md.AppendLine("What happened after the review to the agents, findings and messages above, with sources. Dated knowledge from outside the review: it never changes a level. Unverified notes are marked.").AppendLine();
        foreach (var subject in bySubject)
        {
            var notes = subject.SelectMany(s => s.Notes).DistinctBy(n => n.Key).ToList();
            md.Append("### ").Append(Escape(subject.Key)).Append(subject.First().Badge is { } badge ? " (" + badge + ")" : "")
                .Append(": ").Append(Number(notes.Count)).AppendLine(notes.Count == 1 ? " note" : " notes").AppendLine();
            foreach (var note in notes)
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
