namespace CdsService.Api.Tests.Infrastructure;

using System.Globalization;
using CdsService.Api.CdsHooks.Evaluation;
using CdsService.Api.Tests.CdsHooks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// The real service on Kestrel loopback (not TestServer), with JWT required, one trusted client whose JWKS and FHIR
/// server are the loopback fakes, and the public base URL of the specification's examples.
/// </summary>
public sealed class CdsHooksAppFactory : WebApplicationFactory<Program>
{
    public const string PublicBaseUrl = "https://cds.example.org";
    public const string AllowedOrigin = "https://ehr-ui.test.example";

    /// <summary>The API key of the REST and FHIR routes (the CDS Hooks routes answer to their own JWT only).</summary>
    public const string RestApiKey = "rest-key-for-the-error-table";

    /// <summary>A second REST caller ("rest-other", same scopes): the rate-limit tests show callers have separate budgets.</summary>
    public const string OtherRestApiKey = "other-rest-key-for-the-rate-limits";

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"cds-hooks-test-{Guid.NewGuid():N}.db");

    public CdsHooksAppFactory()
    {
        Minter = new CdsHooksTokenMinter();
        Jwks = new CdsHooksJwksServer(Minter);
        Fhir = new CdsHooksFakeFhirServer();
        UseKestrel(0);
    }

    public CdsHooksTokenMinter Minter { get; }
    public CdsHooksJwksServer Jwks { get; }
    public CdsHooksFakeFhirServer Fhir { get; }

    /// <summary>Replaces the engine path where a test needs a fixed Evaluation; null uses the registered evaluator.</summary>
    public CannedEvaluator? Canned { get; init; } = new();

    /// <summary>Leaves PublicBaseUrl and the clients out: CDS Hooks must then be closed, not open.</summary>
    public bool Unconfigured { get; init; }

    /// <summary>Another database (an unreachable one, say); null: a fresh SQLite file of this factory.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>Migrates the database on start (false: the schema is left as it is, e.g. empty).</summary>
    public bool Migrate { get; init; } = true;

    /// <summary>The provider of <see cref="ConnectionString"/>.</summary>
    public CdsService.Api.Persistence.DatabaseProvider Provider { get; init; } = CdsService.Api.Persistence.DatabaseProvider.Sqlite;

    /// <summary>Captures the host's log lines (at Warning and above, this factory's level) for the test to read.</summary>
    public CapturedLogs? Logs { get; init; }

    /// <summary>Settings applied over the factory's own (the rate-limit tests lower the limits).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>More test services (an in-memory telemetry exporter, say), applied after the app's own.</summary>
    public Action<IServiceCollection>? ExtraServices { get; init; }

    /// <summary>
    /// The service's network deadlines (CdsHooks:FhirDeadline, FhirRequestTimeout, JwksTimeout). Generous, so a busy
    /// machine never turns a good call into a 412 or a 401; only a test about a deadline shortens one, against a
    /// server that never answers (docs/testing.md).
    /// </summary>
    public static readonly TimeSpan GenerousDeadline = TimeSpan.FromSeconds(60);

    public TimeSpan FhirDeadline { get; init; } = GenerousDeadline;

    public TimeSpan JwksTimeout { get; init; } = GenerousDeadline;

    /// <summary>Service ids configured as CdsHooks:DisabledServices.</summary>
    public IReadOnlyList<string> DisabledServices { get; init; } = [];

    public Uri ServerAddress
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        }
    }

    public HttpClient Client() => new() { BaseAddress = ServerAddress };

    public static string Audience(string path) => PublicBaseUrl + path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        RateLimitTestSettings.Apply(builder);
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        builder.UseSetting("ConnectionStrings:Cds", ConnectionString ?? $"Data Source={_database}");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("Database:MigrateOnStart", Migrate ? "true" : "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Telemetry:PrometheusPort", "0");
        if (Logs is not null)
        {
            builder.ConfigureLogging(l => l.AddProvider(Logs));
        }

        // REST auth stays on: the CDS Hooks routes answer to their own JWT only, never to the API key.
        builder.UseSetting("Auth:Required", "true");
        builder.UseSetting("Auth:ApiKeys:0:Name", "rest-only");
        builder.UseSetting("Auth:ApiKeys:0:Sha256", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(RestApiKey))));
        builder.UseSetting("Auth:ApiKeys:0:Scopes:0", "evaluate");
        builder.UseSetting("Auth:ApiKeys:0:Scopes:1", "read:own");
        builder.UseSetting("Auth:ApiKeys:0:Scopes:2", "batches");
        builder.UseSetting("Auth:ApiKeys:1:Name", "rest-other");
        builder.UseSetting("Auth:ApiKeys:1:Sha256", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(OtherRestApiKey))));
        builder.UseSetting("CdsHooks:RequireJwt", "true");
        if (Unconfigured)
        {
            return;
        }

        builder.UseSetting("CdsHooks:PublicBaseUrl", PublicBaseUrl);
        builder.UseSetting("CdsHooks:TrustedClients:0:Issuer", CdsHooksTokenMinter.Issuer);
        builder.UseSetting("CdsHooks:TrustedClients:0:JwksUrl", Jwks.JwksUrl);
        builder.UseSetting("CdsHooks:TrustedClients:0:FhirServers:0", Fhir.FhirBase);
        builder.UseSetting("CdsHooks:AllowedOrigins:0", AllowedOrigin);
        builder.UseSetting("CdsHooks:FhirDeadline", FhirDeadline.ToString("c", CultureInfo.InvariantCulture));
        builder.UseSetting("CdsHooks:FhirRequestTimeout", GenerousDeadline.ToString("c", CultureInfo.InvariantCulture));
        builder.UseSetting("CdsHooks:JwksTimeout", JwksTimeout.ToString("c", CultureInfo.InvariantCulture));
        // Tests that rotate keys send their calls well inside one interval, however busy the machine.
        builder.UseSetting("CdsHooks:JwksUnknownKidRefetchInterval", "01:00:00");
        for (var i = 0; i < DisabledServices.Count; i++)
        {
            builder.UseSetting($"CdsHooks:DisabledServices:{i}", DisabledServices[i]);
        }

        builder.ConfigureTestServices(services =>
        {
            if (Canned is not null)
            {
                services.AddSingleton<ICdsHooksEvaluator>(Canned);
            }

            ExtraServices?.Invoke(services);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Jwks.DisposeAsync();
        await Fhir.DisposeAsync();
        Minter.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_database + suffix);
        }
    }
}
