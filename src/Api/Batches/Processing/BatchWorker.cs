namespace CdsService.Api.Batches.Processing;

using Microsoft.Extensions.Options;

/// <summary>
/// The background worker of one replica: takes chunks while there is work, then waits for a submission signal or
/// the poll interval (Batches:PollIntervalMs). Any replica can run one; the claim keeps them from sharing an item.
/// </summary>
public sealed class BatchWorker(BatchProcessor processor, BatchSignal signal, IOptions<BatchOptions> options, ILogger<BatchWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var idle = TimeSpan.FromMilliseconds(settings.PollIntervalMs);
        BatchLog.WorkerStarted(logger, processor.WorkerId, settings.ChunkSize, settings.LeaseSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var processed = 0;
            try
            {
                processed = await processor.RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // A database outage or a lost claim must not stop the worker: the chunk's items stay claimed and
                // are taken again after the lease.
                BatchLog.ChunkFailed(logger, e, processor.WorkerId, e.GetType().Name);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            if (processed == 0)
                await WaitQuietlyAsync(idle, stoppingToken);
        }

        await ReleaseQuietlyAsync();
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
            BatchLog.ChunkFailed(logger, e, processor.WorkerId, e.GetType().Name);
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
