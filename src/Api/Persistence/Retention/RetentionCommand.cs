namespace CdsService.Api.Persistence.Retention;

using Microsoft.Extensions.Options;

/// <summary>
/// <c>--purge</c>: one retention purge now, with the configured periods, whether or not the periodic job is enabled
/// (docs/persistence.md, "Retention"); exit code 0 done, 1 database unavailable, 2 no period configured.
/// </summary>
public static class RetentionCommand
{
    public const string Switch = "--purge";

    public static async Task<int> RunAsync(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.GetRequiredService<IOptions<RetentionOptions>>().Value.KeepsEverything)
        {
            await Console.Error.WriteLineAsync("--purge: no retention period is configured (Retention:EvaluationDays, BatchDays or AccessLogDays): nothing to delete.");
            return 2;
        }
        try
        {
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<RetentionPurge>().PurgeAsync(CancellationToken.None);
            await Console.Out.WriteLineAsync(
                $"Retention purge: {result.Batches} batches, {result.Evaluations} evaluations, {result.Feedback} feedback rows and {result.AccessLog} access-log rows deleted.");
            return 0;
        }
        catch (Exception e) when (DatabaseFailures.IsUnavailable(e) || DatabaseFailures.IsMissingSchema(e))
        {
            await Console.Error.WriteLineAsync($"--purge: the database is not available ({e.GetType().Name}).");
            return 1;
        }
    }
}
