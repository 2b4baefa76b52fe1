namespace CdsService.Api.Tests.Infrastructure;

using Microsoft.AspNetCore.Hosting;

/// <summary>
/// Test hosts send hundreds of requests a minute from one address: they run with limits no test reaches and with
/// every readiness probe answered afresh (the outage tests watch it change). The rate-limit tests set their own.
/// </summary>
public static class RateLimitTestSettings
{
    public static readonly IReadOnlyDictionary<string, string> Generous = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Security:RateLimits:PerCaller:PermitLimit"] = "1000000",
        ["Security:RateLimits:FailedAuth:PermitLimit"] = "1000000",
        ["Security:RateLimits:CdsHooks:PermitLimit"] = "1000000",
        ["Security:RateLimits:Anonymous:PermitLimit"] = "1000000",
        ["Security:RateLimits:ReadinessCache"] = "00:00:00",
    };

    public static void Apply(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var (key, value) in Generous)
            builder.UseSetting(key, value);
    }
}
