namespace CdsService.Api.Persistence.Replay;

/// <summary>
/// Deletes expired replay entries periodically. Every replica runs it; concurrent deletes of the same rows are
/// harmless, and a database outage (or a schema not migrated yet) only postpones the cleanup: an exception here would stop the host.
/// </summary>
internal sealed class JwtReplayCleanupService(
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<JwtReplayCleanupService> logger) : BackgroundService
{
    internal static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var removed = await scope.ServiceProvider.GetRequiredService<IJwtReplayStore>().RemoveExpiredAsync(stoppingToken);
                if (removed > 0)
                    PersistenceLog.ReplayEntriesRemoved(logger, removed);
            }
            catch (Exception e) when (DatabaseFailures.IsUnavailable(e) || DatabaseFailures.IsMissingSchema(e))
            {
                PersistenceLog.ReplayCleanupSkipped(logger, e.GetType().Name);
            }
        }
    }
}
