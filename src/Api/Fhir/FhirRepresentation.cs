namespace CdsService.Api.Fhir;

using CdsService.Api.Errors;
using CdsService.Api.Http;

/// <summary>
/// Refuses, with 406, requests for a representation the /fhir routes do not serve (R4 http.html, "Content Types and
/// encodings" and "FHIR Version parameter"): a <c>_format</c> other than JSON, or an Accept header whose only FHIR JSON
/// ranges name a <c>fhirVersion</c> other than 4.0 (e.g. STU3's 3.0). Plain XML Accept values are refused earlier by the
/// generic Accept negotiation, since the endpoints declare application/fhir+json only.
/// </summary>
internal static class FhirRepresentation
{
    private const string R4Version = "4.0";

    public static string? Refusal(HttpRequest request)
    {
        if (request.Query.TryGetValue("_format", out var formats)
            && formats.Any(f => f is not null && !IsJsonFormat(f)))
        {
            return "_format: this server answers FHIR R4 JSON only (_format=json or application/fhir+json).";
        }

        var versioned = AcceptHeader.Ranges(request).Where(r => r.Parameters.Any(p => p.Name.Equals("fhirVersion", StringComparison.OrdinalIgnoreCase))).ToList();
        if (versioned.Count > 0 && !versioned.Any(r => r.Parameters.Any(p => p.Name.Equals("fhirVersion", StringComparison.OrdinalIgnoreCase)
                && p.Value.ToString().Trim('"').StartsWith(R4Version, StringComparison.Ordinal))))
        {
            return "Accept: this server answers FHIR version 4.0 (R4) only; the fhirVersion asked for cannot be served.";
        }

        return null;
    }

    public static TBuilder RefuseOtherRepresentations<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
            Refusal(context.HttpContext.Request) is { } reason
                ? new ErrorResult(ErrorReport.ForStatus(StatusCodes.Status406NotAcceptable, reason))
                : await next(context));

    // An unencoded '+' in the query arrives as a space ("application/fhir json").
    private static bool IsJsonFormat(string format) =>
        format.Trim().Replace(' ', '+') is var f && (f.Equals("json", StringComparison.OrdinalIgnoreCase)
            || f.Split(';')[0].Trim() is var type && (type.Equals("application/fhir+json", StringComparison.OrdinalIgnoreCase)
                || type.Equals("application/json", StringComparison.OrdinalIgnoreCase)));
}
