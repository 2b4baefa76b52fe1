namespace CdsService.Api.Fhir;

/// <summary>
/// FHIR endpoint configuration (docs/fhir.md, "Configuration"). Canonical URLs (the CapabilityStatement's url and
/// implementation, the OperationDefinition's url) are built from <see cref="PublicBaseUrl"/> only, never from the
/// request's Host header, which any client can set.
/// </summary>
public sealed class FhirOptions
{
    public const string SectionName = "Fhir";

    /// <summary>Public base URL up to, not including, /fhir; unset, the service's public base as <see cref="FhirBaseUrl"/> says.</summary>
    public string? PublicBaseUrl { get; set; }
}
