namespace CdsService.Api.Smart;

/// <summary>One EHR allowed to launch the app: its FHIR base URL (the launch's iss) and the client registered there.</summary>
public sealed class SmartClientOptions
{
    /// <summary>SMART App Launch 2.x: the scopes this app asks for, read-only and patient-bound (docs/smart.md, "Scopes").</summary>
    public const string DefaultScopes = "launch patient/Patient.read patient/Observation.read openid fhirUser";

    /// <summary>The EHR's FHIR base URL exactly as it sends it as <c>iss</c> (compared without a trailing slash).</summary>
    public string Issuer { get; set; } = "";

    public string ClientId { get; set; } = "";

    /// <summary>Only for a confidential client (client_secret_basic); a public client, the default, has none and relies on PKCE.</summary>
    public string? ClientSecret { get; set; }

    public string Scopes { get; set; } = DefaultScopes;
}
