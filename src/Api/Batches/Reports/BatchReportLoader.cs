namespace CdsService.Api.Batches.Reports;

using CdsService.Api.Batches.Storage;
using CdsService.Api.Evaluations.Reports;
using CdsService.Api.Persistence;
using CdsService.Api.Persistence.Audit;
using Microsoft.EntityFrameworkCore;

/// <summary>Builds the report model of a finished batch from its items and their audit rows.</summary>
public static class BatchReportLoader
{
    public static async Task<BatchReport> LoadAsync(CdsDbContext db, BatchRecord batch, string fallbackDisclaimer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(batch);
        var rows = await db.Set<BatchItemRecord>().AsNoTracking()
            .Where(i => i.BatchId == batch.Id && i.Status == BatchStatuses.Done)
            .Join(db.Set<EvaluationRecord>().AsNoTracking(), i => i.EvaluationId, e => e.Id, (i, e) => new { i.RowNumber, Evaluation = e })
            .OrderBy(x => x.RowNumber)
            .ToListAsync(cancellationToken);
        var patients = rows.Select(r => new BatchPatient(r.RowNumber, EvaluationReportReader.Read(r.Evaluation))).ToList();
        var reports = patients.Select(p => p.Report).ToList();
        var first = reports.FirstOrDefault();
        var errors = await BatchStatusReader.ReadErrorsAsync(db, batch.Id, cancellationToken);

        return new BatchReport(
            batch.Id,
            batch.Format,
            batch.RankingLens,
            batch.CreatedAt,
            batch.CompletedAt,
            batch.Total,
            batch.Done,
            batch.FailedRows,
            reports.GroupBy(r => (r.KbVersion, r.KbHash)).Select(g => new KnowledgeBaseUsed(g.Key.KbVersion, g.Key.KbHash, g.Count())).ToList(),
            first?.SourceCitation,
            first?.SourceDoi,
            first?.SourceVerified ?? false,
            patients,
            CohortSummary.Of(reports),
            errors,
            batch.Warnings is null ? [] : batch.Warnings.Split('\n'),
            CohortWarning.Of(reports),
            CitedReferences(reports),
            first?.Disclaimer ?? fallbackDisclaimer);
    }

    /// <summary>Every review reference cited for any patient, once, in number order (the one-patient rule, cohort-wide).</summary>
    private static List<ReportCitation> CitedReferences(IEnumerable<EvaluationReport> reports) =>
        reports.SelectMany(r => r.CitedReferences())
            .GroupBy(c => c.Ref!.Value)
            .OrderBy(g => g.Key)
            .Select(g => g.FirstOrDefault(c => c.Paper is not null) ?? g.First())
            .ToList();
}
