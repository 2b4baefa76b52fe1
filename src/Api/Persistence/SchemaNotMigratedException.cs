namespace CdsService.Api.Persistence;

/// <summary>The database is reachable but lacks migrations: 503 naming the --migrate step, never a 500.</summary>
public sealed class SchemaNotMigratedException : Exception
{
    public SchemaNotMigratedException()
        : this(0)
    {
    }

    public SchemaNotMigratedException(string message)
        : base(message)
    {
    }

    public SchemaNotMigratedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SchemaNotMigratedException(int pending, Exception? innerException = null)
        : base(Describe(pending), innerException) => Pending = pending;

    public int Pending { get; }

    /// <summary>The operator's next step, in the words every channel and the readiness check use.</summary>
    public static string Describe(int pending) =>
        $"The database schema is not migrated ({pending} migration(s) pending). An operator must run the migration step: dotnet CdsService.Api.dll --migrate (docs/operations.md).";
}
