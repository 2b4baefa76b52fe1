namespace CdsService.Api.Health;

using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

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
        builder.Services.AddSingleton<ReadinessCache>();
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
        endpoints.MapMethods(ReadyPath, [HttpMethods.Get, HttpMethods.Head], WriteReadinessAsync)
            .WithName("HealthReady").WithTags("Health").ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>As MapHealthChecks answers (status name as text, 503 when unhealthy), from the cached report.</summary>
    private static async Task WriteReadinessAsync(HttpContext http, ReadinessCache cache)
    {
        var report = await cache.GetAsync();
        http.Response.StatusCode = report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        http.Response.Headers.CacheControl = "no-store, no-cache";
        http.Response.ContentType = "text/plain";
        await http.Response.WriteAsync(report.Status.ToString(), http.RequestAborted);
    }
}
