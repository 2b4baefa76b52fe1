namespace CdsService.Api.RateLimits;

using System.Threading.RateLimiting;
using CdsService.Api.Auth;
using CdsService.Api.Errors;
using Microsoft.Net.Http.Headers;

/// <summary>
/// Which budget a request spends (docs/security.md, "Rate limits"). Runs after authentication, so an accepted caller
/// is counted by who it is, and a refused credential by where it came from.
/// </summary>
public static class RateLimitPartitions
{
    public static RateLimitPartition<string> For(HttpContext http, RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        var ip = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        // CDS Hooks JWTs are checked by the endpoint, not by the authentication middleware, so their (unverified)
        // issuer cannot choose the budget: the client address does.
        if (http.GetEndpoint()?.Metadata.GetMetadata<ErrorChannelMetadata>()?.Channel == ErrorChannel.CdsHooks)
            return Window("cds:" + ip, options.CdsHooks);
        if (http.User.Identity is { IsAuthenticated: true } && http.GetCaller() is { } caller)
            return Window("caller:" + caller.Id, options.PerCaller);
        if (http.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName) || http.Request.Headers.ContainsKey(HeaderNames.Authorization))
            return Window("failed:" + ip, options.FailedAuth);
        return Window("anonymous:" + ip, options.Anonymous);
    }

    private static RateLimitPartition<string> Window(string key, RateLimitPolicy policy) => policy.IsOn
        ? RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = policy.PermitLimit,
            Window = policy.Window,
            QueueLimit = 0,
        })
        : RateLimitPartition.GetNoLimiter(key);
}
