namespace CdsService.Api.Persistence.Audit;

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CdsService.Api.Recommendations;
using CdsService.Rules.Model;

/// <summary>
/// The normalised input as stored in evaluations.input_json: the panel the rules evaluated and its ranking lens,
/// whatever channel it came from (REST, FHIR, CDS Hooks, batches), written as the POST /api/v1/recommendations request
/// in the public vocabulary, so that a stored input can be replayed unchanged (docs/persistence.md, "What input_json
/// holds"). The enum-named panel form (<see cref="PanelOptions"/>) remains only for FHIR batch items' own stored panel.
/// </summary>
public static class AuditJson
{
    /// <summary>The member that holds what the REST contract cannot say; absent whenever the input replays as is.</summary>
    public const string NotExpressibleInRestMember = "notExpressibleInRest";

    private static readonly JsonSerializerOptions WireOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // "3+" stays "3+" rather than an escaped plus sign, as a reader of the audit and a replayed request expect; the text is stored as
        // JSON and never embedded in HTML (reports escape every stored value, docs/persistence.md).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    internal static JsonSerializerOptions PanelOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Enum member names ("Three", "Loss", "VV") are unambiguous and independent of any channel's wire vocabulary.
        Converters = { new JsonStringEnumConverter(), new Pik3caResultConverter() },
        // Only state is stored: derived read-only members (e.g. Her2Tests.HasAnyValue) would be noise in the audit.
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { RemoveComputedProperties } },
    };

    public static string Input(PatientPanel panel, RankingLens lens)
    {
        var wire = RecommendationRequestMapper.ToWire(panel, lens);
        var json = JsonSerializer.SerializeToNode(wire.Request, WireOptions)!.AsObject();
        if (wire.NotExpressibleInRest is { } extra)
            json[NotExpressibleInRestMember] = JsonSerializer.SerializeToNode(extra, WireOptions);
        return json.ToJsonString(WireOptions);
    }

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
