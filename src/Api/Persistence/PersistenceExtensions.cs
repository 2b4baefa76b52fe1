namespace CdsService.Api.Persistence;

using CdsService.Api.Health;
using CdsService.Api.Persistence.Access;
using CdsService.Api.Persistence.Audit;
using CdsService.Api.Persistence.Feedback;
using CdsService.Api.Persistence.Replay;
using CdsService.Api.Persistence.Retention;
using CdsService.Api.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

public static class PersistenceExtensions
{
    /// <summary>
    /// Registers the database (provider chosen by Database:Provider), the audit, the CDS Hooks feedback and JWT replay
    /// stores, and the readiness checks (reachable, migrated). Everything is resolved lazily from options so that test hosts
    /// and environment variables can change the provider after registration.
    /// </summary>
    public static IHostApplicationBuilder AddPersistence(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();

        // Pooled: creating a context and its services was a measurable share of a hook call (benchmarks/load/README.md).
        // Contexts hold no state between requests: every store clears its change tracker.
        services.AddDbContextPool<PostgresCdsDbContext>((sp, o) => Quiet(o.UseNpgsql(ConnectionString(sp, DatabaseProvider.Postgres))
            .AddInterceptors(sp.GetRequiredService<DatabaseCommandTimer>())));
        services.AddDbContextPool<SqliteCdsDbContext>((sp, o) => Quiet(o.UseSqlite(ConnectionString(sp, DatabaseProvider.Sqlite))
            .AddInterceptors(SqlitePragmasInstance, sp.GetRequiredService<DatabaseCommandTimer>())));
        services.AddScoped<CdsDbContext>(sp =>
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Postgres
                ? sp.GetRequiredService<PostgresCdsDbContext>()
                : sp.GetRequiredService<SqliteCdsDbContext>());

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SqliteWriteGate>();
        services.AddScoped<IEvaluationAudit, EvaluationAudit>();
        services.AddScoped<IAccessLog, AccessLog>();
        services.AddScoped<ICdsHooksFeedbackStore, CdsHooksFeedbackStore>();
        services.AddScoped<IJwtReplayStore, JwtReplayStore>();
        services.AddHostedService<JwtReplayCleanupService>();
        services.AddRetention();
        services.AddHostedService<StartupMigrator>();
        services.AddSingleton<DatabaseSchemaState>();
        services.AddHostedService<SchemaStartupCheck>();

        services.AddHealthChecks()
            .AddDbContextCheck<CdsDbContext>("database", tags: [HealthExtensions.ReadyTag])
            .AddCheck<DatabaseSchemaHealthCheck>("database-schema", tags: [HealthExtensions.ReadyTag]);
        return builder;
    }

    /// <summary>
    /// EF Core logs every failed command as an error, including the duplicate inserts that make the feedback and replay
    /// stores idempotent and the first migration-history probe, with the provider's exception attached, and
    /// PostgreSQL's error context can quote a parameter value (a patient id). Real failures surface as exceptions and
    /// are logged, without their messages, where they are handled (docs/security.md, "What is logged"), so EF's own
    /// copies are not written at all.
    /// </summary>
    private static void Quiet(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.CommandError, CoreEventId.SaveChangesFailed));

    private static readonly SqlitePragmas SqlitePragmasInstance = new();

    private static string ConnectionString(IServiceProvider services, DatabaseProvider provider)
    {
        var configured = services.GetRequiredService<IConfiguration>().GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured))
            return configured;
        if (provider == DatabaseProvider.Postgres)
            throw new InvalidOperationException("ConnectionStrings:Cds is required when Database:Provider is Postgres.");
        // The embedded default: a file next to the app, so `dotnet run` needs no server.
        var root = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
        return $"Data Source={Path.Combine(root, "cds.db")}";
    }
}
