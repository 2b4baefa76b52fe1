namespace CdsService.Api.Tests;

using CdsService.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

/// <summary>
/// The API in memory, in a non-Development environment so the tests see what production answers. Every answer is
/// audited, so each factory gets its own migrated SQLite file (the database tests cover PostgreSQL).
/// </summary>
public sealed class CdsApiFactory : WebApplicationFactory<Program>
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"cds-api-test-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        RateLimitTestSettings.Apply(builder);
        // Authentication has its own tests (Auth/); these exercise the clinical behaviour behind it. Outside
        // Development that takes the explicit AllowInsecure switch (docs/operations.md).
        builder.UseSetting("Auth:Required", "false");
        builder.UseSetting("CdsHooks:RequireJwt", "false");
        builder.UseSetting("AllowInsecure", "true");
        builder.UseSetting("Telemetry:PrometheusPort", "0");
        builder.UseSetting("ConnectionStrings:Cds", $"Data Source={_database}");
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Fhir:PublicBaseUrl", "https://cds.test.example");

        // TestServer has no body-size feature, so routing warns on every request; the limit is enforced (and tested) by Content-Length.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Routing.EndpointRoutingMiddleware", "Error");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_database + suffix);
    }
}
