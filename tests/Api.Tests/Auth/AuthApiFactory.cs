namespace CdsService.Api.Tests.Auth;

using System.Security.Cryptography;
using System.Text;
using CdsService.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

/// <summary>The API as production runs it: authentication required, one API key, and a JWT authority on loopback.</summary>
public sealed class AuthApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ApiKey = "tb-script-key-0123456789abcdef";
    public const string Audience = "cds-api";

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"cds-auth-test-{Guid.NewGuid():N}.db");

    public OidcAuthorityServer Authority { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Authority = await OidcAuthorityServer.StartAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
        RateLimitTestSettings.Apply(builder);
        builder.UseSetting("ConnectionStrings:Cds", $"Data Source={_database}");
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Auth:Required", "true");
        builder.UseSetting("Auth:ApiKeys:0:Name", "tumor-board-script");
        builder.UseSetting("Auth:ApiKeys:0:Sha256", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ApiKey))));
        builder.UseSetting("Auth:Jwt:Authority", Authority.Authority);
        builder.UseSetting("Auth:Jwt:Audience", Audience);
        builder.UseSetting("Auth:Jwt:RequireHttpsMetadata", "false");
        builder.UseSetting("Auth:Jwt:BackchannelTimeout", CdsHooksAppFactory.GenerousDeadline.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        ProductionCdsHooks.Configure(builder);
        builder.UseSetting("Telemetry:PrometheusPort", "0");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Authority.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_database + suffix);
    }
}
