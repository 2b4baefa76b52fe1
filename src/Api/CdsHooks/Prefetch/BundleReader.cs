namespace CdsService.Api.CdsHooks.Prefetch;

using System.Text.Json;

/// <summary>Reads one FHIR JSON value (resource, searchset page or OperationOutcome) into the resources collected.</summary>
public static class BundleReader
{
    public static string? Collect(JsonElement value, List<JsonElement> collected, out Uri? next)
    {
        ArgumentNullException.ThrowIfNull(collected);
        next = null;
        var type = ResourceType(value);
        if (type is null)
        {
            return "the value is not a FHIR resource";
        }

        // CDS Hooks 2.0 §Prefetch: an OperationOutcome means the client's query failed (docs/cds-hooks.md P7).
        if (type == "OperationOutcome")
        {
            return "an OperationOutcome instead of data";
        }

        if (type != "Bundle")
        {
            collected.Add(value.Clone());
            return null;
        }

        if (value.TryGetProperty("entry", out var entries) && entries.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in entries.EnumerateArray())
            {
                if (entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("resource", out var resource)
                    && ResourceType(resource) is { } entryType && entryType != "OperationOutcome")
                {
                    collected.Add(resource.Clone());
                }
            }
        }

        next = NextLink(value);
        return null;
    }

    public static string? ResourceType(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty("resourceType", out var type) && type.ValueKind == JsonValueKind.String
            ? type.GetString()
            : null;

    private static Uri? NextLink(JsonElement bundle)
    {
        if (!bundle.TryGetProperty("link", out var links) || links.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var link in links.EnumerateArray())
        {
            if (link.ValueKind == JsonValueKind.Object && link.TryGetProperty("relation", out var relation) && relation.ValueKind == JsonValueKind.String
                && relation.GetString() == "next" && link.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String
                && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var uri))
            {
                return uri;
            }
        }

        return null;
    }
}
