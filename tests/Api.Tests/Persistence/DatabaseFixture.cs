namespace CdsService.Api.Tests.Persistence;

using CdsService.Api.Persistence;
using Microsoft.Extensions.DependencyInjection;

/// <summary>One migrated database and the service running on it, shared by the tests of one class.</summary>
public abstract class DatabaseFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;
    private PersistenceApiFactory? _factory;

    public DatabaseProvider Provider { get; } = provider;
    public PersistenceApiFactory Factory => _factory ?? throw new InvalidOperationException("fixture not initialised");

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Provider);
        _factory = new PersistenceApiFactory(_database);
        // Starting the server runs the migrations.
        _ = _factory.Server;
    }

    public AsyncServiceScope CreateScope() => Factory.Services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
            await _factory.DisposeAsync();
        if (_database is not null)
            await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public sealed class PostgresFixture() : DatabaseFixture(DatabaseProvider.Postgres);

public sealed class SqliteFixture() : DatabaseFixture(DatabaseProvider.Sqlite);
