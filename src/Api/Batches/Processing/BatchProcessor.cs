namespace CdsService.Api.Batches.Processing;

using CdsService.Api.Batches.Storage;
using CdsService.Api.Persistence;
using CdsService.Api.Persistence.Audit;
using CdsService.Api.Telemetry;
using CdsService.Rules.Model;
using CdsService.Rules.Vocabulary;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

/// <summary>
/// One unit of batch work: claim a chunk, evaluate it, and commit the audit rows, the items' completion and the
/// batch counters in one transaction, each row behind its own savepoint so that a bad row fails alone. A crash before
/// the commit leaves the items claimed but not done, so they are evaluated again after the lease; a crash after it
/// cannot repeat them. Either way each patient is audited once.
/// </summary>
public sealed class BatchProcessor(
    IServiceScopeFactory scopes, BatchEvaluator evaluator, SqliteWriteGate gate, TimeProvider time, IOptions<BatchOptions> options,
    CdsMetrics metrics, ILogger<BatchProcessor> logger)
{
    /// <summary>
    /// On SQLite a chunk's commit holds the only write lock: small chunks keep the wait of an interactive write short
    /// (it goes first in the write queue, but never interrupts a commit in progress).
    /// </summary>
    public const int SqliteMaxChunkSize = 20;

    private readonly BatchOptions _options = options.Value;

    /// <summary>This replica's name in batch_items.claimed_by: host and process, unique per start.</summary>
    public string WorkerId { get; } = NewWorkerId();

    /// <summary>Processes at most one chunk; returns how many items it finished (0: nothing to do).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CdsDbContext>();
        var audit = scope.ServiceProvider.GetRequiredService<IEvaluationAudit>();
        var now = time.GetUtcNow();
        var size = db is SqliteCdsDbContext ? Math.Min(_options.ChunkSize, SqliteMaxChunkSize) : _options.ChunkSize;
        List<BatchItemRecord> items;
        using (await gate.EnterAsync(WritePriority.Background, cancellationToken))
        {
            items = await BatchItemClaimer.ClaimAsync(db, WorkerId, size, now, now.AddSeconds(-_options.LeaseSeconds), cancellationToken);
        }

        if (items.Count == 0)
            return 0;

        // Each evaluation is stored under the caller who submitted its batch, ranked by the batch's lens.
        var batchIds = items.Select(i => i.BatchId).Distinct().ToList();
        var batches = await db.Set<BatchRecord>().AsNoTracking().Where(b => batchIds.Contains(b.Id))
            .ToDictionaryAsync(b => b.Id, b => (b.CallerId, b.CallerClient, Lens: InputVocabularies.RankingLens.Parse(b.RankingLens)), cancellationToken);
        var outcomes = new List<RowOutcome>(items.Count);
        foreach (var item in items)
        {
            var (callerId, callerClient, lens) = batches[item.BatchId];
            outcomes.Add(item.Attempts > _options.MaxAttempts
                ? RowOutcome.Failed(item, $"Not evaluated: the row was claimed {_options.MaxAttempts} times without finishing.")
                : Evaluate(item, lens, callerId, callerClient));
        }

        // One transaction and one write turn for the chunk; each row behind its own savepoint, so one row's failure
        // is rolled back and recorded alone (the audit sees the transaction and does not queue again).
        var statuses = new List<(Guid BatchId, string? Status)>(items.Count);
        using (await gate.EnterAsync(WritePriority.Background, cancellationToken))
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            foreach (var outcome in outcomes)
                statuses.Add((outcome.Item.BatchId, await RowWriter.WriteAsync(db, transaction, audit, outcome, cancellationToken)));
            foreach (var batch in statuses.GroupBy(s => s.BatchId))
            {
                var done = batch.Count(s => s.Status == BatchStatuses.Done);
                var failed = batch.Count(s => s.Status == BatchStatuses.Failed);
                await db.Set<BatchRecord>().Where(b => b.Id == batch.Key).ExecuteUpdateAsync(
                    s => s.SetProperty(b => b.Done, b => b.Done + done)
                        .SetProperty(b => b.FailedRows, b => b.FailedRows + failed)
                        .SetProperty(b => b.Status, b => b.Status == BatchStatuses.Queued ? BatchStatuses.Running : b.Status),
                    cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }

        var evaluated = statuses.Count(s => s.Status == BatchStatuses.Done);
        metrics.BatchRowsFinished(evaluated, statuses.Count(s => s.Status == BatchStatuses.Failed));

        foreach (var batchId in batchIds)
        {
            using (await gate.EnterAsync(WritePriority.Background, cancellationToken))
            {
                await BatchCompletion.CompleteIfFinishedAsync(db, batchId, time.GetUtcNow(), cancellationToken);
            }
        }
        BatchLog.ChunkProcessed(logger, items.Count, evaluated);
        return items.Count;
    }

    /// <summary>Rows queued or running across all replicas, for the queue-depth gauge.</summary>
    public async Task MeasureQueueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CdsDbContext>();
        var depth = await db.Set<BatchItemRecord>().LongCountAsync(i => i.Status == BatchStatuses.Queued || i.Status == BatchStatuses.Running, cancellationToken);
        metrics.BatchQueueDepth(depth);
    }

    /// <summary>
    /// Hands this worker's unfinished claims back on a clean shutdown, so the next start (or another replica) resumes
    /// them at once instead of after the lease. A crash skips this; the lease covers that case.
    /// </summary>
    public async Task ReleaseClaimsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CdsDbContext>();
        using var turn = await gate.EnterAsync(WritePriority.Background, cancellationToken);
        await db.Set<BatchItemRecord>()
            .Where(i => i.ClaimedBy == WorkerId && i.Status == BatchStatuses.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, BatchStatuses.Queued).SetProperty(i => i.ClaimToken, (Guid?)null), cancellationToken);
    }

    private static string NewWorkerId()
    {
        var id = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        return id.Length <= 128 ? id : id[^128..];
    }

    /// <summary>
    /// A row that cannot be evaluated (a stored input that no longer reads, a fault in the engine) fails alone; only
    /// cancellation stops the chunk. The message names the exception type, never the row's values.
    /// </summary>
    private RowOutcome Evaluate(BatchItemRecord item, RankingLens lens, string? callerId, string? callerClient)
    {
        try
        {
            var entry = evaluator.Evaluate(item.InputJson, lens) with { CallerId = callerId, CallerClient = callerClient };
            return RowOutcome.Evaluated(item, entry);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            BatchLog.RowFailed(logger, item.BatchId, item.RowNumber, e.GetType().Name);
            return RowOutcome.Failed(item, $"Not evaluated: the stored row could not be evaluated ({e.GetType().Name}).");
        }
    }
}
