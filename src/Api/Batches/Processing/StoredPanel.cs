namespace CdsService.Api.Batches.Processing;

using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CdsService.Rules.Model;

/// <summary>
/// The stored input of a FHIR batch item: the panel the FHIR mapping produced, wrapped as {"panel": ...}. A FHIR
/// panel can hold what the REST vocabulary cannot (a laboratory's "indeterminate" HER2 call), so it is kept as the
/// panel itself rather than as a REST request, and the worker evaluates it without reading FHIR again.
/// </summary>
internal static class StoredPanel
{
    // A REST request has no "panel" member, so this prefix tells the two stored forms apart without a column.
    private const string Prefix = "{\"panel\":";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Enum member names, as in the audit's panel: independent of any channel's wire vocabulary.
        Converters = { new JsonStringEnumConverter(), new Pik3caConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { RemoveComputedProperties } },
    };

    public static bool Holds(string inputJson) => inputJson.StartsWith(Prefix, StringComparison.Ordinal);

    public static string Write(PatientPanel panel) => JsonSerializer.Serialize(new Envelope(panel), Options);

    public static PatientPanel Read(string inputJson) =>
        JsonSerializer.Deserialize<Envelope>(inputJson, Options)?.Panel ?? throw new InvalidOperationException("a stored FHIR batch item holds no panel");

    private static void RemoveComputedProperties(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
            return;
        for (var i = type.Properties.Count - 1; i >= 0; i--)
        {
            if (type.Properties[i].Set is null && type.Properties[i].AssociatedParameter is null)
                type.Properties.RemoveAt(i);
        }
    }

    private sealed record Envelope(PatientPanel Panel);

    /// <summary>Pik3caResult has two constructors, which the serializer cannot choose between.</summary>
    private sealed class Pik3caConverter : JsonConverter<Pik3caResult>
    {
        public override Pik3caResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var shape = JsonSerializer.Deserialize<Shape>(ref reader, options) ?? throw new JsonException("pik3ca is null");
            return new Pik3caResult(shape.Status, shape.Variants ?? []);
        }

        public override void Write(Utf8JsonWriter writer, Pik3caResult value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, new Shape(value.Status, value.Variants.Count == 0 ? null : value.Variants), options);

        private sealed record Shape(Pik3caStatus Status, IReadOnlyList<string>? Variants);
    }
}
