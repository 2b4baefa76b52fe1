namespace CdsService.Api.Health;

using Microsoft.AspNetCore.Diagnostics.HealthChecks;

public static class HealthEndpoints
{
    /// <summary>
    /// /health/live answers while the process can serve HTTP (no dependency checked: a database outage must not get
    /// replicas restarted); /health/ready adds the "ready" checks, the database among them, for the load balancer.
    /// Mapped in every environment because the deploy probes need them.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false })
            .WithName("HealthLive").WithTags("Health").AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(HealthTags.Ready) })
            .WithName("HealthReady").WithTags("Health").AllowAnonymous();
        return app;
    }
}
