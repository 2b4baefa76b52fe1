namespace CdsService.Api.Batches.Reports;

using System.Runtime.CompilerServices;
using CdsService.Api.Batches.Storage;
using CdsService.Api.Evaluations.Reports;
using CdsService.Api.Persistence;
using CdsService.Api.Persistence.Audit;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The evaluated patients of a batch in row order, read a page at a time by row number (keyset paging): a report of
/// 200,000 rows holds one page of stored answers in memory, never the cohort (docs/batches.md, "Report size").
/// </summary>
public static class BatchPatientReader
{
    /// <summary>Stored answers read per query: about 50 KB each, so a page is a few MB.</summary>
    public const int PageSize = 100;

    public static async IAsyncEnumerable<BatchPatient> ReadAsync(
        CdsDbContext db, Guid batchId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var after = int.MinValue;
        while (true)
        {
            var last = after;
            var page = await db.Set<BatchItemRecord>().AsNoTracking()
                .Where(i => i.BatchId == batchId && i.Status == BatchStatuses.Done && i.RowNumber > last)
                .Join(db.Set<EvaluationRecord>().AsNoTracking(), i => i.EvaluationId, e => e.Id, (i, e) => new { i.RowNumber, Evaluation = e })
                .OrderBy(x => x.RowNumber)
                .Take(PageSize)
                .ToListAsync(cancellationToken);
            foreach (var row in page)
                yield return new BatchPatient(row.RowNumber, EvaluationReportReader.Read(row.Evaluation));
            if (page.Count < PageSize)
                yield break;
            after = page[^1].RowNumber;
        }
    }
}
