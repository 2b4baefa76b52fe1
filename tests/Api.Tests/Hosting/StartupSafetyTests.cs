namespace CdsService.Api.Tests.Hosting;

using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CdsService.Api.Hosting;
using CdsService.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

/// <summary>
/// docs/operations.md, "A production start that cannot go wrong quietly": the environment that runs is the one the
/// operator set, the start-up says what runs, and a configuration that would lock everyone out, or let anyone in,
/// stops the start.
/// </summary>
public sealed class StartupSafetyTests : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"cds-startup-{Guid.NewGuid():N}.db");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Production_AuthNotRequired_RefusesToStart()
    {
        using var factory = Production(b => b.UseSetting("Auth:Required", "false"));

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        var failure = Assert.Single(error.Failures);
        Assert.StartsWith("Auth:Required=false in the Production environment: anyone could call the service.", failure, StringComparison.Ordinal);
        Assert.Contains("AllowInsecure=true", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_CdsHooksJwtOff_RefusesToStart()
    {
        using var factory = Production(b => b.UseSetting("CdsHooks:RequireJwt", "false"));

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.StartsWith("CdsHooks:RequireJwt=false in the Production environment", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_AllowInsecure_StartsAndSaysSoAtCriticalLevel()
    {
        var logs = new CapturedLogs();
        using var factory = Production(b =>
        {
            b.UseSetting("Auth:Required", "false");
            b.UseSetting("CdsHooks:RequireJwt", "false");
            b.UseSetting("AllowInsecure", "true");
            b.ConfigureLogging(l => l.AddProvider(logs));
        });

        using var response = await factory.CreateClient().GetAsync("/api/v1/knowledge-base", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var insecure = Assert.Single(logs.Entries, e => e.EventId.Id == 1002);
        Assert.Equal(LogLevel.Critical, insecure.Level);
        Assert.StartsWith("INSECURE: Auth:Required=false and CdsHooks:RequireJwt=false in the Production environment", insecure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_LogsEnvironmentProviderAndWhetherEachChannelNeedsCredentials()
    {
        var logs = new CapturedLogs();
        using var factory = Production(b => b.ConfigureLogging(l => l.AddProvider(logs)));

        _ = factory.CreateClient();

        var summary = Assert.Single(logs.Entries, e => e.EventId.Id == 1001);
        Assert.Equal(
            "CdsService starting: environment Production, database Sqlite, REST auth required (1 API key(s), JWT authority none), CDS Hooks JWT required (1 trusted client(s)), metrics off, OTLP off",
            summary.Message);
        Assert.DoesNotContain(logs.Entries, e => e.EventId.Id == 1002);
    }

    [Fact]
    public void JwtAuthorityWithoutAudience_RefusesToStart()
    {
        using var factory = Production(b => b.UseSetting("Auth:Jwt:Authority", "https://idp.example.org"));

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.StartsWith("Auth:Jwt:Authority is set but Auth:Jwt:Audience is not", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void PostgresWithoutConnectionString_RefusesToStart()
    {
        using var factory = Production(b =>
        {
            b.UseSetting("Database:Provider", "Postgres");
            b.UseSetting("ConnectionStrings:Cds", "");
        });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.StartsWith("ConnectionStrings:Cds (environment ConnectionStrings__Cds) is required when Database:Provider is Postgres", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void ConnectionStringTheProviderCannotRead_RefusesToStart_WithoutEchoingIt()
    {
        using var factory = Production(b =>
        {
            b.UseSetting("Database:Provider", "Postgres");
            b.UseSetting("ConnectionStrings:Cds", "Host=db;Pasword=secret-value");
        });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        var failure = Assert.Single(error.Failures);
        Assert.Equal("ConnectionStrings:Cds is not a valid Postgres connection string (an unknown keyword or a malformed value).", failure);
    }

    [Fact]
    public async Task Process_BadConfiguration_ExitsWithCodeOneAndOneLinePerProblem()
    {
        var (exitCode, output) = await ServiceProcess.RunToExitAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = "Postgres",
            ["Auth__ApiKeys__0__Name"] = "script",
            ["Auth__ApiKeys__0__Sha256"] = new string('a', 64),
            ["Auth__Jwt__Authority"] = "https://idp.example.org",
            ["CdsHooks__PublicBaseUrl"] = "https://cds.example.org",
            ["CdsHooks__TrustedClients__0__Issuer"] = "https://ehr.example.org",
            ["CdsHooks__TrustedClients__0__JwksUrl"] = "https://ehr.example.org/jwks",
            ["Telemetry__PrometheusPort"] = "0",
        }, [], Ct);

        Assert.Equal(1, exitCode);
        Assert.Equal(2, output.StandardErrorLines.Count);
        Assert.All(output.StandardErrorLines, l => Assert.StartsWith("CdsService cannot start: ", l, StringComparison.Ordinal));
        Assert.Contains(output.StandardErrorLines, l => l.Contains("Auth:Jwt:Audience is not", StringComparison.Ordinal));
        Assert.Contains(output.StandardErrorLines, l => l.Contains("ConnectionStrings:Cds (environment ConnectionStrings__Cds) is required", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", output.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void LaunchProfile_SuggestsDevelopment_WithoutOverridingTheOperatorsEnvironment()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "Api", "Properties", "launchSettings.json")));
        foreach (var profile in settings.RootElement.GetProperty("profiles").EnumerateObject())
        {
            var variables = profile.Value.GetProperty("environmentVariables");
            Assert.False(variables.TryGetProperty("ASPNETCORE_ENVIRONMENT", out _), profile.Name);
            Assert.False(variables.TryGetProperty("DOTNET_ENVIRONMENT", out _), profile.Name);
            Assert.Equal("Development", variables.GetProperty(LaunchEnvironment.DefaultVariable).GetString());
        }
    }

    [Theory]
    [InlineData(null, null, new string[0], "Development")]
    [InlineData("Production", null, new string[0], null)]
    [InlineData(null, "Staging", new string[0], null)]
    [InlineData(null, null, new[] { "--environment", "Production" }, null)]
    [InlineData(null, null, new[] { "--environment=Production" }, null)]
    public void LaunchEnvironment_CountsOnlyWhenNobodyChose(string? aspnetcore, string? dotnet, string[] args, string? expected)
    {
        var variables = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = aspnetcore,
            ["DOTNET_ENVIRONMENT"] = dotnet,
            [LaunchEnvironment.DefaultVariable] = "Development",
        };

        Assert.Equal(expected, LaunchEnvironment.Default(args, name => variables.GetValueOrDefault(name)));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_database + suffix);
    }

    /// <summary>A production host that starts: one API key, one CDS client, its own SQLite file; then the test's change.</summary>
    private WebApplicationFactory<Program> Production(Action<IWebHostBuilder> change) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("ConnectionStrings:Cds", $"Data Source={_database}");
            b.UseSetting("Database:MigrateOnStart", "true");
            b.UseSetting("Telemetry:PrometheusPort", "0");
            b.UseSetting("Auth:ApiKeys:0:Name", "script");
            b.UseSetting("Auth:ApiKeys:0:Sha256", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("key"))));
            ProductionCdsHooks.Configure(b);
            change(b);
        });
}
