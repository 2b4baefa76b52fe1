namespace CdsService.Api.Persistence.Retention;

using Microsoft.Extensions.Options;

/// <summary>
/// Runs <see cref="RetentionPurge"/> every Retention:Interval when Retention:Enabled is true. Every replica may run it:
/// two purges of the same rows delete each row once. A database outage only postpones it.
/// </summary>
internal sealed class RetentionPurgeService(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<RetentionOptions> options,
    ILogger<RetentionPurgeService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
            return;
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<RetentionPurge>().PurgeAsync(stoppingToken);
                if (result.DeletedAny)
                    PersistenceLog.RetentionPurged(logger, result.Batches, result.Evaluations, result.Feedback, result.AccessLog);
            }
            catch (Exception e) when (DatabaseFailures.IsUnavailable(e) || DatabaseFailures.IsMissingSchema(e))
            {
                PersistenceLog.RetentionSkipped(logger, e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
