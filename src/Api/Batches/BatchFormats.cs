namespace CdsService.Api.Batches;

using Microsoft.Net.Http.Headers;

/// <summary>The media types a batch can be submitted as, and which reader each one gets.</summary>
public static class BatchFormats
{
    public const string Csv = "text/csv";
    public const string Ndjson = "application/x-ndjson";
    public const string FhirJson = "application/fhir+json";

    public static IReadOnlyList<string> Accepted { get; } = [Csv, Ndjson, FhirJson];

    /// <summary>"csv", "ndjson" or "fhir" for a Content-Type; null for anything else.</summary>
    public static string? Of(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed))
            return null;
        return parsed.MediaType.Value?.ToUpperInvariant() switch
        {
            "TEXT/CSV" or "APPLICATION/CSV" => "csv",
            "APPLICATION/X-NDJSON" or "APPLICATION/NDJSON" or "APPLICATION/JSONL" or "APPLICATION/X-JSONLINES" => "ndjson",
            "APPLICATION/FHIR+JSON" or "APPLICATION/JSON" => "fhir",
            _ => null,
        };
    }
}
