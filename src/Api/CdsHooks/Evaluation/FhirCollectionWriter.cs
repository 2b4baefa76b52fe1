namespace CdsService.Api.CdsHooks.Evaluation;

using System.Text;
using System.Text.Json;

/// <summary>Wraps the resources of all prefetch keys into one collection Bundle for the FHIR mapping (docs/fhir.md).</summary>
public static class FhirCollectionWriter
{
    public static string Write(IReadOnlyList<JsonElement> resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("resourceType", "Bundle");
            writer.WriteString("type", "collection");
            writer.WriteStartArray("entry");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var resource in resources)
            {
                // Prefetch keys overlap (a Variant also has a gene-studied component): one copy per resource id.
                if (Identity(resource) is { } identity && !seen.Add(identity))
                {
                    continue;
                }

                writer.WriteStartObject();
                writer.WritePropertyName("resource");
                resource.WriteTo(writer);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string? Identity(JsonElement resource) =>
        resource.ValueKind == JsonValueKind.Object && resource.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            && resource.TryGetProperty("resourceType", out var type) && type.ValueKind == JsonValueKind.String
            ? type.GetString() + "/" + id.GetString()
            : null;
}
