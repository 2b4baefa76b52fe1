namespace CdsService.Api.Persistence;

/// <summary>Which EF Core provider stores the audit: SQLite is the embedded default, PostgreSQL is for production.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
