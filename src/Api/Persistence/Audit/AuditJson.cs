namespace CdsService.Api.Persistence.Audit;

using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CdsService.Rules.Model;

/// <summary>
/// The normalised input as stored in evaluations.input_json: the panel the rules evaluated, whatever channel it came
/// from (REST, FHIR, CSV), so that every audit row reads the same way. Also read back where a stored panel is
/// evaluated later (FHIR batch items).
/// </summary>
public static class AuditJson
{
    internal static JsonSerializerOptions PanelOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Enum member names ("Three", "Loss", "VV") are unambiguous and independent of any channel's wire vocabulary.
        Converters = { new JsonStringEnumConverter(), new Pik3caResultConverter() },
        // Only state is stored: derived read-only members (e.g. Her2Tests.HasAnyValue) would be noise in the audit.
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { RemoveComputedProperties } },
    };

    public static string Panel(PatientPanel panel) => JsonSerializer.Serialize(panel, PanelOptions);

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

    /// <summary>Pik3caResult has two constructors, which the serializer cannot choose between when reading.</summary>
    private sealed class Pik3caResultConverter : JsonConverter<Pik3caResult>
    {
        public override Pik3caResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var shape = JsonSerializer.Deserialize<Shape>(ref reader, options) ?? throw new JsonException("pik3ca is null");
            return new Pik3caResult(shape.Status, shape.Variants ?? []);
        }

        public override void Write(Utf8JsonWriter writer, Pik3caResult value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, new Shape(value.Status, value.Variants), options);

        private sealed record Shape(Pik3caStatus Status, IReadOnlyList<string>? Variants);
    }
}
