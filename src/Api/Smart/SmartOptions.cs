namespace CdsService.Api.Smart;

using CdsService.Api.CdsHooks;

/// <summary>Configuration section "Smart" (docs/smart.md): the EHRs allowed to launch the app and where they send the browser back.</summary>
public sealed class SmartOptions
{
    public const string SectionName = "Smart";

    /// <summary>
    /// The absolute URL of /app/callback as the EHR registered it, e.g. https://cds.example.org/app/callback. It comes
    /// from configuration, never from the Host header, which any client sets (docs/smart.md, "Configuration").
    /// </summary>
    public string? RedirectUri { get; set; }

    /// <summary>The EHRs (one per FHIR server, <c>iss</c>) allowed to launch the app; any other iss is refused.</summary>
    public IList<SmartClientOptions> Clients { get; } = [];

    /// <summary>How long a launch may take from /app/launch to /app/callback (the clinician's consent screen included).</summary>
    public TimeSpan LaunchLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Timeout of one call to the EHR's discovery document or token endpoint.</summary>
    public TimeSpan EndpointTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Budget for all FHIR reads of one launch (Patient and the Observation searches, pages included).</summary>
    public TimeSpan FhirDeadline { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Pending launches kept at most: a flood of /app/launch calls cannot grow memory without bound.</summary>
    public int MaxPendingLaunches { get; set; } = 10_000;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(RedirectUri) && Clients.Count > 0;

    /// <summary>The launch URL EHRs open (CDS Hooks smart links, the EHR's app registration): /app/launch beside the callback.</summary>
    public Uri? LaunchUrl => IsConfigured && Uri.TryCreate(RedirectUri, UriKind.Absolute, out var redirect) ? new Uri(redirect, "launch") : null;

    /// <summary>The configured client for a launch's iss, or null: an unknown iss is never contacted (SSRF).</summary>
    public SmartClientOptions? ClientFor(string? iss)
    {
        if (!SafeUrl.TryParse(iss, out var issuer))
            return null;
        var wanted = SafeUrl.Normalize(issuer);
        return Clients.FirstOrDefault(c => SafeUrl.TryParse(c.Issuer, out var uri) && SafeUrl.Normalize(uri) == wanted);
    }
}
