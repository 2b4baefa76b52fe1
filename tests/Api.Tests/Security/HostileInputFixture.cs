namespace CdsService.Api.Tests.Security;

using System.Net.Http.Headers;
using System.Text;
using CdsService.Api.Persistence;
using CdsService.Api.Tests.Infrastructure;
using CdsService.Api.Tests.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// The production host on one database with every log line captured (the JWT validator's at Debug), for the
/// hostile-input tests: REST with the factory's API key, CDS Hooks with minted tokens.
/// </summary>
public abstract class HostileInputFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;
    private CdsHooksAppFactory? _factory;

    public CapturedLogs Logs { get; } = new();

    public CdsHooksAppFactory Factory => _factory ?? throw new InvalidOperationException("fixture not initialised");

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _factory = new CdsHooksAppFactory
        {
            ConnectionString = _database.ConnectionString,
            Provider = provider,
            Logs = Logs,
            ExtraServices = s => s.AddLogging(l => l.AddFilter("CdsService.Api.Security", LogLevel.Debug)),
        };
        _factory.StartServer();
    }

    public HttpClient RestClient()
    {
        var client = Factory.Client();
        client.DefaultRequestHeaders.Add("X-Api-Key", CdsHooksAppFactory.RestApiKey);
        return client;
    }

    /// <summary>Posts raw JSON text to a CDS Hooks route with a token minted for it: raw, so lone surrogates can be sent.</summary>
    public async Task<HttpResponseMessage> PostHookAsync(string path, string json)
    {
        using var client = Factory.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Factory.Minter.Mint(CdsHooksAppFactory.Audience(path)));
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
            await _factory.DisposeAsync();
        if (_database is not null)
            await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteHostileInputFixture() : HostileInputFixture(DatabaseProvider.Sqlite);

public sealed class PostgresHostileInputFixture() : HostileInputFixture(DatabaseProvider.Postgres);
