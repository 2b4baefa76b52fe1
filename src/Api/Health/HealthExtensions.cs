namespace CdsService.Api.Health;

using Microsoft.AspNetCore.Diagnostics.HealthChecks;

public static class HealthExtensions
{
    /// <summary>Tag for checks that decide readiness (the database joins with it); liveness runs none.</summary>
    public const string ReadyTag = "ready";

    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";

    public static IHostApplicationBuilder AddCdsHealthChecks(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHealthChecks();
        return builder;
    }

    /// <summary>Mapped in every environment: the deploy probes need them (eShop maps them in Development only).</summary>
    public static IEndpointRouteBuilder MapCdsHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        // Liveness only says the process answers; a failing dependency must not get the pod restarted.
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false })
            .WithName("HealthLive").WithTags("Health");
        // Readiness gates traffic: the database check (registered by AddPersistence) and any other "ready" check.
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) })
            .WithName("HealthReady").WithTags("Health");
        return endpoints;
    }
}
