namespace CdsService.Api.Persistence;

/// <summary>
/// Says at start-up, in one line, when the database is not migrated or not reachable, instead of leaving the operator
/// to find out from the first 503. Runs in the background so a slow database does not hold the start.
/// </summary>
internal sealed class SchemaStartupCheck(DatabaseSchemaState schema, ILogger<SchemaStartupCheck> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var pending = await schema.PendingMigrationsAsync(stoppingToken);
            if (pending > 0)
                PersistenceLog.SchemaNotMigratedAtStart(logger, SchemaNotMigratedException.Describe(pending));
        }
        catch (Exception e) when (DatabaseFailures.IsUnavailable(e))
        {
            PersistenceLog.DatabaseUnreachableAtStart(logger, e.GetType().Name);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped before the database answered.
        }
    }
}
