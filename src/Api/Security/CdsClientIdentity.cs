namespace CdsService.Api.Security;

using CdsService.Api.CdsHooks;

/// <summary>The authenticated CDS Client of one call: only iss, tenant and jti may be logged (checklist J8).</summary>
public sealed record CdsClientIdentity(string Issuer, string? Tenant, string Jti, TrustedClientOptions Client);
