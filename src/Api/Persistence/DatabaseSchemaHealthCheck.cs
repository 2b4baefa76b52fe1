namespace CdsService.Api.Persistence;

using Microsoft.Extensions.Diagnostics.HealthChecks;

/// <summary>Readiness fails while migrations are pending: a replica must not take traffic it can only answer with 503.</summary>
internal sealed class DatabaseSchemaHealthCheck(DatabaseSchemaState schema) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = await schema.PendingMigrationsAsync(cancellationToken);
            return pending == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy(SchemaNotMigratedException.Describe(pending));
        }
        catch (Exception e) when (DatabaseFailures.IsUnavailable(e))
        {
            // The connectivity check ("database") reports this one.
            return HealthCheckResult.Unhealthy("The database is unreachable.");
        }
    }
}
