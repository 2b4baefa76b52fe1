namespace CdsService.Api.Batches.Reports;

using CdsService.Api.Batches.Storage;
using CdsService.Api.Persistence;
using CdsService.Api.Persistence.Audit;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The head of a finished batch's report, from a few aggregate queries and the first stored answer, so the report
/// starts at once whatever the cohort size; the patients stream later (<see cref="BatchPatientReader"/>).
/// </summary>
public static class BatchReportLoader
{
    public static async Task<BatchReport> LoadAsync(CdsDbContext db, BatchRecord batch, string fallbackDisclaimer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(batch);
        var evaluated = db.Set<BatchItemRecord>().AsNoTracking()
            .Where(i => i.BatchId == batch.Id && i.Status == BatchStatuses.Done)
            .Join(db.Set<EvaluationRecord>().AsNoTracking(), i => i.EvaluationId, e => e.Id, (i, e) => e);
        var knowledgeBases = (await evaluated
                .GroupBy(e => new { e.KbVersion, e.KbHash })
                .Select(g => new { g.Key.KbVersion, g.Key.KbHash, Patients = g.Count() })
                .ToListAsync(cancellationToken))
            .OrderByDescending(k => k.Patients).ThenBy(k => k.KbVersion, StringComparer.Ordinal)
            .Select(k => new KnowledgeBaseUsed(k.KbVersion, k.KbHash, k.Patients))
            .ToList();
        var first = await BatchPatientReader.ReadAsync(db, batch.Id, cancellationToken).FirstOrDefaultAsync(cancellationToken);
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
            knowledgeBases.Sum(k => k.Patients),
            knowledgeBases,
            first?.Report.SourceCitation,
            first?.Report.SourceDoi,
            first?.Report.SourceVerified ?? false,
            errors,
            batch.Warnings is null ? [] : batch.Warnings.Split('\n'),
            first?.Report.Disclaimer ?? fallbackDisclaimer)
        {
            ReadPatients = cancellation => BatchPatientReader.ReadAsync(db, batch.Id, cancellation),
        };
    }
}
