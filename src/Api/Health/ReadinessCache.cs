namespace CdsService.Api.Health;

using CdsService.Api.RateLimits;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

/// <summary>
/// The readiness report, reused for Security:RateLimits:ReadinessCache (docs/security.md, "Rate limits"): /health/ready
/// is anonymous, and each run opens a database connection, so a flood of probes must not become a flood of queries.
/// Concurrent probes share one run.
/// </summary>
public sealed class ReadinessCache(HealthCheckService checks, IOptions<RateLimitOptions> options, TimeProvider time)
{
    private readonly Lock _gate = new();
    private Task<HealthReport>? _current;
    private DateTimeOffset _expires;

    public Task<HealthReport> GetAsync()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_current is null || now >= _expires || _current.IsFaulted || _current.IsCanceled)
            {
                // Not the request's token: a shared run must not be cancelled by the one probe that started it.
                _current = checks.CheckHealthAsync(c => c.Tags.Contains(HealthExtensions.ReadyTag), CancellationToken.None);
                _expires = now + options.Value.ReadinessCache;
            }

            return _current;
        }
    }
}
