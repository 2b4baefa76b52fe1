namespace CdsService.Api.Persistence.Retention;

using CdsService.Api.Batches.Storage;
using CdsService.Api.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

/// <summary>
/// Deletes what is older than its retention period (docs/persistence.md, "Retention"): finished batches whole (rows,
/// row errors, their evaluations, the batch), evaluations outside any batch, CDS Hooks feedback, and access-log rows.
/// Each statement deletes at most <see cref="RetentionOptions.ChunkSize"/> rows, in its own short write turn at
/// background priority, so interactive calls never wait behind a purge on SQLite.
/// </summary>
public sealed class RetentionPurge(CdsDbContext db, SqliteWriteGate gate, TimeProvider time, IOptions<RetentionOptions> options)
{
    public async Task<RetentionResult> PurgeAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var now = time.GetUtcNow();
        var result = new RetentionResult();
        if (o.BatchDays > 0)
            result = result with { Batches = await PurgeBatchesAsync(now.AddDays(-o.BatchDays), o.ChunkSize, cancellationToken) };
        if (o.EvaluationDays > 0)
        {
            var cutoff = now.AddDays(-o.EvaluationDays);
            // Evaluations of a batch go with their batch: a kept batch's report must stay whole.
            var evaluations = await DeleteInChunksAsync(
                db.Evaluations.Where(e => e.CreatedAt < cutoff && !db.Set<BatchItemRecord>().Any(i => i.EvaluationId == e.Id)), o.ChunkSize, cancellationToken);
            var feedback = await DeleteInChunksAsync(db.CdsHooksFeedback.Where(f => f.ReceivedAt < cutoff), o.ChunkSize, cancellationToken);
            result = result with { Evaluations = evaluations, Feedback = feedback };
        }
        if (o.AccessLogDays > 0)
        {
            var cutoff = now.AddDays(-o.AccessLogDays);
            result = result with
            {
                AccessLog = await DeleteInChunksAsync(db.Set<AccessLogRecord>().Where(a => a.At < cutoff), o.ChunkSize, cancellationToken),
            };
        }
        return result;
    }

    /// <summary>Finished batches older than the cutoff, one at a time: rows and their evaluations in chunks, then the batch.</summary>
    private async Task<int> PurgeBatchesAsync(DateTimeOffset cutoff, int chunk, CancellationToken cancellationToken)
    {
        var purged = 0;
        while (true)
        {
            var batchId = await db.Set<BatchRecord>().AsNoTracking()
                .Where(b => b.CompletedAt != null && b.CompletedAt < cutoff)
                .OrderBy(b => b.CompletedAt).Select(b => (Guid?)b.Id).FirstOrDefaultAsync(cancellationToken);
            if (batchId is not { } id)
                return purged;
            while (true)
            {
                var items = await db.Set<BatchItemRecord>().AsNoTracking().Where(i => i.BatchId == id)
                    .Select(i => new { i.Id, i.EvaluationId }).Take(chunk).ToListAsync(cancellationToken);
                if (items.Count == 0)
                    break;
                var itemIds = items.Select(i => i.Id).ToList();
                var evaluationIds = items.Where(i => i.EvaluationId != null).Select(i => i.EvaluationId!.Value).ToList();
                using (await gate.EnterAsync(WritePriority.Background, cancellationToken))
                {
                    await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                    await db.Set<BatchItemRecord>().Where(i => itemIds.Contains(i.Id)).ExecuteDeleteAsync(cancellationToken);
                    await db.Evaluations.Where(e => evaluationIds.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }
            }
            using (await gate.EnterAsync(WritePriority.Background, cancellationToken))
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await db.Set<BatchRowErrorRecord>().Where(e => e.BatchId == id).ExecuteDeleteAsync(cancellationToken);
                await db.Set<BatchRecord>().Where(b => b.Id == id).ExecuteDeleteAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            purged++;
        }
    }

    private async Task<int> DeleteInChunksAsync<T>(IQueryable<T> due, int chunk, CancellationToken cancellationToken)
        where T : class
    {
        var deleted = 0;
        while (true)
        {
            int count;
            using (await gate.EnterAsync(WritePriority.Background, cancellationToken))
            {
                count = await due.OrderBy(row => EF.Property<Guid>(row, "Id")).Take(chunk).ExecuteDeleteAsync(cancellationToken);
            }
            deleted += count;
            if (count < chunk)
                return deleted;
        }
    }
}

/// <summary>Rows deleted by one purge, by kind (counts only: what they held is never logged).</summary>
public sealed record RetentionResult(int Batches = 0, int Evaluations = 0, int Feedback = 0, int AccessLog = 0)
{
    public bool DeletedAny => Batches + Evaluations + Feedback + AccessLog > 0;
}
