namespace CdsService.Api.Tests.Persistence;

using CdsService.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

/// <summary>The service on a given test database; the database is migrated on start as in Development.</summary>
public sealed class PersistenceApiFactory(TestDatabase database) : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; } = database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        RateLimitTestSettings.Apply(builder);
        // Authentication has its own tests (Auth/); these exercise the clinical behaviour behind it.
        builder.UseSetting("Auth:Required", "false");
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Cds", Database.ConnectionString);
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Database:RetryAfterSeconds", "2");
        builder.UseSetting("Telemetry:PrometheusPort", "0");
    }
}
