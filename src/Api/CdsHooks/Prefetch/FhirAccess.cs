namespace CdsService.Api.CdsHooks.Prefetch;

using CdsService.Api.CdsHooks.Requests;
using CdsService.Api.Security;

/// <summary>
/// Permission to call a client's FHIR server: only with both fhirServer and fhirAuthorization (docs/cds-hooks.md F1), and
/// only when that server is allowlisted for the authenticated client (docs/cds-hooks.md F2, SSRF).
/// </summary>
public sealed record FhirAccess(Uri BaseUrl, string AccessToken)
{
    public override string ToString() => $"FhirAccess {{ BaseUrl = {BaseUrl}, AccessToken = *** }}";

    public static FhirAccess? For(CdsHookRequest request, CdsClientIdentity? identity, CdsHooksOptions options)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        if (request.FhirAuthorization is null || !SafeUrl.TryParse(request.FhirServer?.OriginalString, out var server) || server.Query.Length > 0)
        {
            return null;
        }

        // Without JWT (Development only) no client is known, so any configured server is acceptable.
        var allowed = identity is not null ? identity.Client.FhirServers : options.TrustedClients.SelectMany(c => c.FhirServers);
        var wanted = SafeUrl.Normalize(server);
        var listed = allowed.Any(a => SafeUrl.TryParse(a, out var uri) && SafeUrl.Normalize(uri) == wanted);
        return listed ? new FhirAccess(server, request.FhirAuthorization.AccessToken) : null;
    }

    /// <summary>Bundle next links stay on the same server and base path: a link elsewhere is never followed.</summary>
    public bool Covers(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var basePath = SafeUrl.Normalize(BaseUrl);
        var target = SafeUrl.Normalize(url);
        return target == basePath || target.StartsWith(basePath + "/", StringComparison.Ordinal);
    }
}
