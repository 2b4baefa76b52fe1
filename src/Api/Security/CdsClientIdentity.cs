namespace CdsService.Api.Security;

using CdsService.Api.Auth;
using CdsService.Api.CdsHooks;

/// <summary>The authenticated CDS Client of one call: only iss, tenant and jti may be logged (docs/cds-hooks.md J8).</summary>
public sealed record CdsClientIdentity(string Issuer, string? Tenant, string Jti, TrustedClientOptions Client)
{
    /// <summary>The caller its evaluations and feedback are stored under.</summary>
    public Caller Caller => Caller.ForCdsClient(Issuer, Tenant);

    /// <summary>The client of this request; anonymous where CDS Hooks runs without JWT (Development).</summary>
    public static Caller CallerOf(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return (http.Items[CdsJwtEndpointFilter.IdentityItem] as CdsClientIdentity)?.Caller ?? Caller.Anonymous;
    }
}
