namespace CdsService.Api.CdsHooks;

/// <summary>One CDS Client we trust (CDS Hooks 2.0 §Trusting CDS Clients: an allowlist of iss and jku).</summary>
public sealed class TrustedClientOptions
{
    public string Issuer { get; set; } = "";

    public string JwksUrl { get; set; } = "";

    /// <summary>FHIR base URLs this client may point us to; anything else is never called (docs/cds-hooks.md F2, SSRF).</summary>
    public IList<string> FhirServers { get; } = [];
}
