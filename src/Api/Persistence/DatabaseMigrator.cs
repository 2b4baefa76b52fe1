namespace CdsService.Api.Persistence;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

/// <summary>Applies the configured provider's migrations (the --migrate deploy step and Development start-up).</summary>
public static class DatabaseMigrator
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider;
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator));
        var db = scope.ServiceProvider.GetRequiredService<CdsDbContext>();
        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            PersistenceLog.Migrating(logger, provider, pending);
            // EF Core takes a database lock around this, so two replicas started together cannot both migrate.
            await db.Database.MigrateAsync(cancellationToken);
            if (provider == DatabaseProvider.Sqlite)
            {
                // WAL lets the listing and report reads proceed while an audit row is being written.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            ReportLinks.ReportLinkExtensions.EnsureSigningKey(scope.ServiceProvider);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            PersistenceLog.MigrationFailed(logger, e, provider);
            throw;
        }
    }
}
