namespace CdsService.Api.Http;

using Microsoft.Net.Http.Headers;

/// <summary>
/// Reads the Accept header (RFC 9110 section 12.5.1) leniently: an unparseable header counts as absent, so a client
/// is never refused for a syntax slip it did not need.
/// </summary>
public static class AcceptHeader
{
    /// <summary>The media ranges the client listed with q &gt; 0; empty when there is no usable header.</summary>
    public static IReadOnlyList<MediaTypeHeaderValue> Ranges(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var values = request.Headers.Accept;
        if (values.Count == 0 || !MediaTypeHeaderValue.TryParseList(values, out var parsed))
            return [];
        return [.. parsed.Where(r => r.Quality is null or > 0)];
    }

    /// <summary>Whether a range the client listed accepts <paramref name="mediaType"/>, wildcards and +json suffixes included.</summary>
    public static bool Accepts(IReadOnlyList<MediaTypeHeaderValue> ranges, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        var offered = MediaTypeHeaderValue.Parse(mediaType);
        // Matched on type and subtype only: a parameter of the range (charset, FHIR's fhirVersion) is the endpoint's
        // own business (e.g. the /fhir routes refuse a fhirVersion they do not serve, docs/fhir.md).
        return ranges.Select(r => new MediaTypeHeaderValue(r.MediaType)).Any(range => offered.IsSubsetOf(range) || SuffixMatches(offered, range));
    }

    /// <summary>The quality the client gave <paramref name="mediaType"/> by name (wildcards do not count); 0 when not named.</summary>
    public static double ExplicitQuality(IReadOnlyList<MediaTypeHeaderValue> ranges, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        return ranges
            .Where(r => !r.MatchesAllTypes && !r.MatchesAllSubTypes && r.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase))
            .Select(r => r.Quality ?? 1.0)
            .DefaultIfEmpty(0)
            .Max();
    }

    // RFC 6839 structured syntax suffix: application/fhir+json is JSON, and FHIR R4 http.html asks servers to accept
    // plain application/json from clients that do not know the FHIR type, and the DSTU2/STU3 spelling
    // application/json+fhir that older clients still send.
    private static bool SuffixMatches(MediaTypeHeaderValue offered, MediaTypeHeaderValue range) =>
        offered.Suffix.HasValue && range.Type.Equals(offered.Type, StringComparison.OrdinalIgnoreCase)
        && (range.SubType.Equals(offered.Suffix, StringComparison.OrdinalIgnoreCase)
            || range.SubType.StartsWith(offered.Suffix.Value + "+", StringComparison.OrdinalIgnoreCase));
}
