namespace CdsService.Api.CdsHooks.Evaluation;

using System.Text;
using System.Text.Json;

/// <summary>Wraps the resources of all prefetch keys into one collection Bundle for the FHIR mapping (DESIGN.md section 6).</summary>
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
            foreach (var resource in resources)
            {
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
}
