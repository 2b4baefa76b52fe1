namespace CdsService.Api.Tests.Security;

using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using CdsService.Api.Persistence;
using CdsService.Api.Tests.Auth;
using CdsService.Api.Tests.Infrastructure;
using CdsService.Api.Tests.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

/// <summary>
/// The API as production runs it (authentication required, on Kestrel loopback so that the access log sees a real
/// client address) on one test database, with one API key per role of docs/security.md and a JWT authority on
/// loopback. <see cref="Client"/> gives an HttpClient that sends one key.
/// </summary>
public sealed class ScopedApiFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;

    public ScopedApiFactory(TestDatabase database, OidcAuthorityServer authority)
    {
        _database = database;
        Authority = authority;
        UseKestrel(0);
    }

    public const string CdsIssuer = "https://ehr.scoping.example";

    /// <summary>Key name, the key itself and its scopes (none: the default evaluate and read:own).</summary>
    public static readonly (string Name, string[] Scopes)[] Keys =
    [
        ("alice", []),
        ("bob", []),
        ("auditor", ["read:all"]),
        ("board", ["batches", "read:own"]),
        ("security-officer", ["admin"]),
        ("ehr-reader", ["read:own"]),
    ];

    public OidcAuthorityServer Authority { get; }

    public static string KeyOf(string name) => $"key-of-{name}-0123456789";

    public HttpClient Client(string keyName)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", KeyOf(keyName));
        return client;
    }

    public HttpClient BearerClient(string subject, string? scope)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Authority.Mint(AuthApiFactory.Audience, subject: subject, scope: scope));
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
        RateLimitTestSettings.Apply(builder);
        builder.UseSetting("Database:Provider", _database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Cds", _database.ConnectionString);
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Auth:Required", "true");
        builder.UseSetting("Auth:Jwt:Authority", Authority.Authority);
        builder.UseSetting("Auth:Jwt:Audience", AuthApiFactory.Audience);
        builder.UseSetting("Auth:Jwt:RequireHttpsMetadata", "false");
        for (var i = 0; i < Keys.Length; i++)
        {
            builder.UseSetting($"Auth:ApiKeys:{i}:Name", Keys[i].Name);
            builder.UseSetting($"Auth:ApiKeys:{i}:Sha256", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(KeyOf(Keys[i].Name)))));
            for (var s = 0; s < Keys[i].Scopes.Length; s++)
                builder.UseSetting($"Auth:ApiKeys:{i}:Scopes:{s}", Keys[i].Scopes[s]);
            if (Keys[i].Name == "ehr-reader")
                builder.UseSetting($"Auth:ApiKeys:{i}:CdsClients:0", CdsIssuer);
        }
        builder.UseSetting("Batches:PollIntervalMs", "50");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Routing.EndpointRoutingMiddleware", "Error");
        // A production host needs a CDS Hooks client to trust (docs/operations.md) and must not bind the metrics port.
        ProductionCdsHooks.Configure(builder);
        builder.UseSetting("Telemetry:PrometheusPort", "0");
    }
}

/// <summary>One database, its authority and the service on them, shared by one test class.</summary>
public abstract class ScopedApiFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;
    private OidcAuthorityServer? _authority;
    private ScopedApiFactory? _factory;

    public ScopedApiFactory Factory => _factory ?? throw new InvalidOperationException("fixture not initialised");

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _authority = await OidcAuthorityServer.StartAsync();
        _factory = new ScopedApiFactory(_database, _authority);
        _factory.StartServer();
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
            await _factory.DisposeAsync();
        if (_authority is not null)
            await _authority.DisposeAsync();
        if (_database is not null)
            await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteScopedApiFixture() : ScopedApiFixture(DatabaseProvider.Sqlite);

public sealed class PostgresScopedApiFixture() : ScopedApiFixture(DatabaseProvider.Postgres);
