namespace CdsService.Api.Batches.Processing;

using CdsService.Api.Batches.Storage;
using CdsService.Api.Persistence;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Marks a batch finished once no item is queued or running. Each worker checks after its own commit, so whichever
/// commits last sees every other commit and closes the batch; closing twice is harmless.
/// </summary>
internal static class BatchCompletion
{
    public static async Task CompleteIfFinishedAsync(CdsDbContext db, Guid batchId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var open = await db.Set<BatchItemRecord>().AnyAsync(
            i => i.BatchId == batchId && (i.Status == BatchStatuses.Queued || i.Status == BatchStatuses.Running), cancellationToken);
        if (open)
            return;
        await db.Set<BatchRecord>()
            .Where(b => b.Id == batchId && (b.Status == BatchStatuses.Queued || b.Status == BatchStatuses.Running))
            .ExecuteUpdateAsync(
                s => s.SetProperty(b => b.Status, b => b.Done == 0 ? BatchStatuses.Failed : BatchStatuses.Done)
                    .SetProperty(b => b.Error, b => b.Done == 0 ? "No row of the batch could be evaluated." : null)
                    .SetProperty(b => b.CompletedAt, now),
                cancellationToken);
    }
}
