namespace CdsService.Api.Tests.Browser;

using CdsService.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The service on a real Kestrel loopback port for a browser to open, on its own SQLite file, outside Development.
/// Without <see cref="Settings"/> it runs as a local install does (no API key asked); a test fixture adds what it
/// needs (an API key, a SMART client) through <see cref="Settings"/>, applied last.
/// </summary>
public sealed class BrowserAppFactory : WebApplicationFactory<Program>
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"cds-browser-test-{Guid.NewGuid():N}.db");

    public BrowserAppFactory(IReadOnlyDictionary<string, string>? settings = null)
    {
        Settings = settings ?? new Dictionary<string, string>();
        UseKestrel(0);
    }

    public IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>http://127.0.0.1:port, the address the browser opens.</summary>
    public Uri ServerAddress
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        RateLimitTestSettings.Apply(builder);
        // No API key, as the README's run command: outside Development that takes the explicit AllowInsecure switch (docs/operations.md).
        builder.UseSetting("Auth:Required", "false");
        builder.UseSetting("CdsHooks:RequireJwt", "false");
        builder.UseSetting("AllowInsecure", "true");
        builder.UseSetting("Telemetry:PrometheusPort", "0");
        builder.UseSetting("ConnectionStrings:Cds", $"Data Source={_database}");
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_database + suffix);
    }
}
