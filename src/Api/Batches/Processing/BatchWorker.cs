namespace CdsService.Api.Batches.Processing;

using CdsService.Api.Persistence;
using Microsoft.Extensions.Options;

/// <summary>
/// The background worker of one replica: takes chunks while there is work, then waits for a submission signal or
/// the poll interval (Batches:PollIntervalMs). Any replica can run one; the claim keeps them from sharing an item.
/// While the database is unreachable or not migrated it waits, saying so once a minute (docs/operations.md).
/// </summary>
public sealed class BatchWorker(
    BatchProcessor processor, BatchSignal signal, DatabaseSchemaState schema, TimeProvider time, IOptions<BatchOptions> options,
    ILogger<BatchWorker> logger) : BackgroundService
{
    /// <summary>At most one log line per this interval while chunks keep failing, however short the poll.</summary>
    public static readonly TimeSpan FailureLogInterval = TimeSpan.FromMinutes(1);

    /// <summary>Shortest wait after a failed chunk: a database that is down is not asked again every poll.</summary>
    public static readonly TimeSpan FailureRetryDelay = TimeSpan.FromSeconds(5);

    private DateTimeOffset? _lastFailureLog;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var idle = TimeSpan.FromMilliseconds(settings.PollIntervalMs);
        BatchLog.WorkerStarted(logger, processor.WorkerId, settings.ChunkSize, settings.LeaseSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var processed = 0;
            var failed = false;
            try
            {
                processed = await processor.RunOnceAsync(stoppingToken);
                await processor.MeasureQueueAsync(stoppingToken);
                Recovered();
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // A database outage or a lost claim must not stop the worker: the chunk's items stay claimed and
                // are taken again after the lease.
                failed = true;
                await ReportFailureAsync(e, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            if (processed == 0)
                await WaitQuietlyAsync(failed && idle < FailureRetryDelay ? FailureRetryDelay : idle, stoppingToken);
        }

        await ReleaseQuietlyAsync();
    }

    private async Task ReportFailureAsync(Exception exception, CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow();
        if (_lastFailureLog is { } last && now - last < FailureLogInterval)
            return;
        _lastFailureLog = now;
        var explained = await ExplainQuietlyAsync(exception, stoppingToken);
        if (explained is DatabaseUnavailableException || DatabaseFailures.IsUnavailable(explained))
            BatchLog.WaitingForDatabase(logger, processor.WorkerId, "the database is unreachable.");
        else if (explained is SchemaNotMigratedException notMigrated)
            BatchLog.WaitingForDatabase(logger, processor.WorkerId, notMigrated.Message);
        else
            BatchLog.ChunkFailed(logger, exception, processor.WorkerId, exception.GetType().Name);
    }

    private async Task<Exception> ExplainQuietlyAsync(Exception exception, CancellationToken stoppingToken)
    {
        try
        {
            return await schema.ExplainAsync(exception, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return exception;
        }
    }

    private void Recovered()
    {
        if (_lastFailureLog is null)
            return;
        _lastFailureLog = null;
        BatchLog.WorkerResumed(logger, processor.WorkerId);
    }

    /// <summary>Runs when the loop ends on shutdown, while the host's services are still alive.</summary>
    private async Task ReleaseQuietlyAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await processor.ReleaseClaimsAsync(timeout.Token);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Best effort: whatever stays claimed is taken again after the lease.
            BatchLog.ReleaseFailed(logger, processor.WorkerId, e.GetType().Name);
        }
    }

    private async Task WaitQuietlyAsync(TimeSpan idle, CancellationToken stoppingToken)
    {
        try
        {
            await signal.WaitAsync(idle, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }
}
