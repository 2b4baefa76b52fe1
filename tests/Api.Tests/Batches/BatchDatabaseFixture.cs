namespace CdsService.Api.Tests.Batches;

using CdsService.Api.Persistence;
using CdsService.Api.Tests.Persistence;

/// <summary>One migrated database with the service and its batch worker running on it, shared by one test class.</summary>
public abstract class BatchDatabaseFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private BatchApiFactory? _factory;

    public TestDatabase Database { get; private set; } = null!;
    public BatchApiFactory Factory => _factory ?? throw new InvalidOperationException("fixture not initialised");

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(provider);
        _factory = new BatchApiFactory(Database);
        _ = _factory.Server;
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
            await _factory.DisposeAsync();
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteBatchDatabaseFixture() : BatchDatabaseFixture(DatabaseProvider.Sqlite);

public sealed class PostgresBatchDatabaseFixture() : BatchDatabaseFixture(DatabaseProvider.Postgres);
