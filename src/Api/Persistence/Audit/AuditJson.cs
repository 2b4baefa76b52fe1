namespace CdsService.Api.Persistence.Audit;

using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CdsService.Rules.Model;

/// <summary>
/// The normalised input as stored in evaluations.input_json: the panel the rules evaluated, whatever channel it came
/// from (REST, FHIR, CSV), so that every audit row reads the same way.
/// </summary>
public static class AuditJson
{
    private static readonly JsonSerializerOptions PanelOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Enum member names ("Three", "Loss", "VV") are unambiguous and independent of any channel's wire vocabulary.
        Converters = { new JsonStringEnumConverter() },
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
            if (type.Properties[i].Set is null)
                type.Properties.RemoveAt(i);
        }
    }
}
