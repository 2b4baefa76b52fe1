namespace CdsService.Api.Health;

using Microsoft.AspNetCore.Diagnostics.HealthChecks;

public static class HealthExtensions
{
    /// <summary>Tag for checks that decide readiness (the database joins with it); liveness runs none.</summary>
    public const string ReadyTag = "ready";

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
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        return endpoints;
    }
}
