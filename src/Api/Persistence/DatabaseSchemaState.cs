namespace CdsService.Api.Persistence;

using Microsoft.EntityFrameworkCore;

/// <summary>
/// Whether the database holds every migration this build knows. Checked on demand (readiness, the batch worker, a
/// request that met a missing table); once current it is remembered, since a deployed schema only moves forward.
/// </summary>
public sealed class DatabaseSchemaState(IServiceScopeFactory scopes)
{
    private volatile bool _current;

    /// <summary>The number of migrations not applied yet (0: current). Throws when the database cannot be reached.</summary>
    public async Task<int> PendingMigrationsAsync(CancellationToken cancellationToken)
    {
        if (_current)
            return 0;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CdsDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        _current = pending == 0;
        return pending;
    }

    /// <summary>
    /// A missing-table error becomes <see cref="SchemaNotMigratedException"/> when the database really lacks
    /// migrations; any other exception (or a check that cannot reach the database) is returned as it was.
    /// </summary>
    public async Task<Exception> ExplainAsync(Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is SchemaNotMigratedException || !DatabaseFailures.IsMissingSchema(exception))
            return exception;
        _current = false;
        try
        {
            var pending = await PendingMigrationsAsync(cancellationToken);
            return pending > 0 ? new SchemaNotMigratedException(pending, exception) : exception;
        }
        catch (Exception check) when (DatabaseFailures.IsUnavailable(check))
        {
            return new DatabaseUnavailableException(check);
        }
    }
}
