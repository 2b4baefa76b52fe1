namespace CdsService.Api.Fhir;

/// <summary>
/// FHIR endpoint configuration (docs/fhir.md, "Configuration"). Canonical URLs (the CapabilityStatement's url and
/// implementation, the OperationDefinition's url) are built from <see cref="PublicBaseUrl"/> only, never from the
/// request's Host header, which any client can set.
/// </summary>
public sealed class FhirOptions
{
    public const string SectionName = "Fhir";

    /// <summary>The default when neither Fhir:PublicBaseUrl nor CdsHooks:PublicBaseUrl is set: the local container's address.</summary>
    public const string DefaultPublicBaseUrl = "http://localhost:8080";

    /// <summary>Public base URL up to, not including, /fhir. Falls back to CdsHooks:PublicBaseUrl, then <see cref="DefaultPublicBaseUrl"/>.</summary>
    public string? PublicBaseUrl { get; set; }
}
