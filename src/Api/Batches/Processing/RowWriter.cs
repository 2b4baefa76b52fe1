namespace CdsService.Api.Batches.Processing;

using CdsService.Api.Batches.Storage;
using CdsService.Api.Persistence;
using CdsService.Api.Persistence.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

/// <summary>
/// Writes one row's outcome inside the chunk's transaction, behind a savepoint of its own: the audit row and the item's
/// completion together, or, when that write fails, a rollback to the savepoint and the row marked failed alone. Every
/// write is explicit here; nothing relies on another component saving tracked entities of the same context.
/// </summary>
internal static class RowWriter
{
    /// <summary>The item's status after the write: done, failed, or null when its claim was lost to another worker.</summary>
    public static async Task<string?> WriteAsync(
        CdsDbContext db, IDbContextTransaction transaction, IEvaluationAudit audit, RowOutcome outcome, CancellationToken cancellationToken)
    {
        var savepoint = "row_" + outcome.Item.Id.ToString("N");
        await transaction.CreateSavepointAsync(savepoint, cancellationToken);
        if (outcome.Entry is { } entry)
        {
            try
            {
                await audit.SaveAsync(entry, cancellationToken);
                if (await CompleteAsync(db, outcome.Item, BatchStatuses.Done, entry.Id, cancellationToken))
                    return BatchStatuses.Done;
                // Another worker reclaimed the row after this one's lease ran out: its evaluation is the one that counts.
                await transaction.RollbackToSavepointAsync(savepoint, cancellationToken);
                return null;
            }
            catch (DbUpdateException e)
            {
                db.ChangeTracker.Clear();
                await transaction.RollbackToSavepointAsync(savepoint, cancellationToken);
                return await FailAsync(db, outcome.Item, $"Not evaluated: the result could not be stored ({e.GetType().Name}).", cancellationToken);
            }
        }
        return await FailAsync(db, outcome.Item, outcome.Failure ?? "Not evaluated.", cancellationToken);
    }

    private static async Task<string?> FailAsync(CdsDbContext db, BatchItemRecord item, string message, CancellationToken cancellationToken)
    {
        if (!await CompleteAsync(db, item, BatchStatuses.Failed, evaluationId: null, cancellationToken))
            return null;
        db.Set<BatchRowErrorRecord>().Add(new BatchRowErrorRecord
        {
            Id = Guid.CreateVersion7(),
            BatchId = item.BatchId,
            Row = item.RowNumber,
            PatientId = item.PatientId,
            Message = message,
        });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return BatchStatuses.Failed;
    }

    /// <summary>Completes the item only while this worker's claim token is still on it.</summary>
    private static async Task<bool> CompleteAsync(CdsDbContext db, BatchItemRecord item, string status, Guid? evaluationId, CancellationToken cancellationToken)
    {
        var updated = await db.Set<BatchItemRecord>()
            .Where(i => i.Id == item.Id && i.ClaimToken == item.ClaimToken && i.Status == BatchStatuses.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, status).SetProperty(i => i.EvaluationId, evaluationId), cancellationToken);
        return updated == 1;
    }
}
