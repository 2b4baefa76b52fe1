namespace CdsService.Api.Auth;

using System.Security.Claims;
using Microsoft.Extensions.Options;

/// <summary>The <see cref="Caller"/> of a request, resolved once from the authenticated principal.</summary>
public static class CallerExtensions
{
    /// <summary>The bearer token's space-separated scope list (RFC 8693 section 4.2; also an array in some providers).</summary>
    public const string ScopeClaim = "scope";

    /// <summary>On an API key's identity: a CDS Hooks issuer whose evaluations the key reads as its own.</summary>
    public const string CdsClientClaim = "cds_client";

    private const string ItemKey = "CdsService.Caller";

    /// <summary>
    /// The caller, or null for an unauthenticated request where authentication is required (the authorization
    /// policies refuse those before any endpoint runs).
    /// </summary>
    public static Caller? GetCaller(this HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Items.TryGetValue(ItemKey, out var cached))
            return cached as Caller;
        var caller = Resolve(http);
        http.Items[ItemKey] = caller;
        return caller;
    }

    /// <summary>For callers authenticated outside the authentication middleware (CDS Hooks JWTs).</summary>
    public static void SetCaller(this HttpContext http, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Items[ItemKey] = caller;
    }

    /// <summary>The caller of an endpoint behind a scope policy, which cannot be unauthenticated.</summary>
    public static Caller RequireCaller(this HttpContext http) =>
        http.GetCaller() ?? throw new InvalidOperationException("An endpoint without a scope policy asked for its caller.");

    private static Caller? Resolve(HttpContext http)
    {
        var user = http.User;
        if (user.Identity is { IsAuthenticated: true } identity)
        {
            var scopes = user.FindAll(ScopeClaim).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            return identity.AuthenticationType == ApiKeyAuthenticationHandler.SchemeName
                ? Caller.ForApiKey(user.FindFirstValue(ClaimTypes.Name) ?? "", scopes, user.FindAll(CdsClientClaim).Select(c => c.Value))
                : Caller.ForToken(user.FindFirstValue("sub"), user.FindFirstValue("client_id") ?? user.FindFirstValue("azp"), scopes);
        }

        return http.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.Required ? null : Caller.Anonymous;
    }
}
