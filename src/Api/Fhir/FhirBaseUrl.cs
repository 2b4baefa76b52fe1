namespace CdsService.Api.Fhir;

using CdsService.Api.ReportLinks;
using Microsoft.Extensions.Options;

/// <summary>
/// The base of the /fhir routes in canonical URLs: Fhir:PublicBaseUrl, else the service's public base as report links
/// resolve it (ReportLinks:PublicBaseUrl, CdsHooks:PublicBaseUrl, the listening address), never the request's Host
/// header, which any client sets (docs/fhir.md, "Configuration").
/// </summary>
public sealed class FhirBaseUrl(IOptions<FhirOptions> fhir, ReportLinkUrls service)
{
    public string For(HttpRequest request) =>
        (string.IsNullOrWhiteSpace(fhir.Value.PublicBaseUrl) ? service.BaseUrl(request) : fhir.Value.PublicBaseUrl.TrimEnd('/')) + FhirEndpoints.BasePath;
}
