namespace CdsService.Api.Fhir;

using CdsService.Api.CdsHooks;
using Microsoft.Extensions.Options;

/// <summary>
/// The configured base of the /fhir routes (<see cref="FhirOptions"/>), resolved once at start-up so that no request
/// header can change a canonical URL.
/// </summary>
public sealed class FhirBaseUrl(IOptions<FhirOptions> fhir, IOptions<CdsHooksOptions> hooks)
{
    public string Value { get; } =
        new[] { fhir.Value.PublicBaseUrl, hooks.Value.PublicBaseUrl, FhirOptions.DefaultPublicBaseUrl }
            .First(u => !string.IsNullOrWhiteSpace(u))!.TrimEnd('/') + FhirEndpoints.BasePath;
}
