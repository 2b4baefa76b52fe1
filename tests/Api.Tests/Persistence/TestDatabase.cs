namespace CdsService.Api.Tests.Persistence;

using CdsService.Api.Persistence;
using CdsService.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

/// <summary>An empty database of one provider for one fixture: its own PostgreSQL database or its own SQLite file.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(DatabaseProvider provider, string connectionString, string? file)
    {
        Provider = provider;
        ConnectionString = connectionString;
        File = file;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    private string? File { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres)
            return new TestDatabase(provider, await PostgresServer.CreateDatabaseAsync(), null);
        var file = Path.Combine(Path.GetTempPath(), $"cds-test-{Guid.NewGuid():N}.db");
        return new TestDatabase(provider, $"Data Source={file};Default Timeout=5", file);
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            await PostgresServer.DropDatabaseAsync(ConnectionString);
            return;
        }
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            System.IO.File.Delete(File + suffix);
    }
}
