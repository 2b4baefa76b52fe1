namespace CdsService.Api.Persistence;

/// <summary>Configuration section "Database"; the connection string itself is ConnectionStrings:Cds.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string ConnectionStringName = "Cds";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Applies pending migrations when the host starts. Null means "only in Development": production replicas must not
    /// race each other on schema changes, so there the migrations are a deploy step (--migrate).
    /// </summary>
    public bool? MigrateOnStart { get; set; }

    /// <summary>Seconds a client is told to wait (Retry-After) while the database is unreachable.</summary>
    public int RetryAfterSeconds { get; set; } = 5;
}
