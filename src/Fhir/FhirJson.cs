namespace CdsService.Fhir;

using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

/// <summary>
/// The one configured FHIR R4 JSON deserializer and serializer of the service, kept apart from the API's own JSON
/// options. Parsing turns every failure of the Firely deserializer, of any exception type, into a
/// <see cref="FhirInputException"/>.
/// </summary>
public static class FhirJson
{
    public const string MediaType = "application/fhir+json";
    public const int MaxDepth = 64;
    private const int MaxIssues = 20;

    // The SDK's default settings report unknown elements, wrong types and cardinality errors, so R5 or STU3 shapes
    // are rejected instead of being dropped silently into overflow (Firely SDK 6 DeserializerSettings).
    private static readonly FhirJsonDeserializer Deserializer = new(new DeserializerSettings());

    /// <summary>System.Text.Json options for FHIR POCOs (the SDK's ForFhir converter), e.g. for an HTTP pipeline.</summary>
    public static JsonSerializerOptions Options { get; } =
        new JsonSerializerOptions { MaxDepth = MaxDepth }.ForFhir(ModelInfo.ModelInspector);

    /// <summary>Parses strictly: any fault the deserializer reports is a <see cref="FhirInputException"/>.</summary>
    public static Resource Parse(string json)
    {
        var (root, faults) = ParseLenient(json);
        return faults.Count == 0 ? root : throw Failed(faults);
    }

    /// <summary>
    /// Parses and returns the resource with every fault the deserializer reported, each with its FHIRPath
    /// (docs/fhir.md, "Lenient read"); throws <see cref="FhirInputException"/> only for a body that is not a FHIR resource.
    /// </summary>
    public static (Resource Root, IReadOnlyList<ParseFault> Faults) ParseLenient(string json, JsonShapeLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (string.IsNullOrWhiteSpace(json)) throw new FhirInputException("The body is empty: a FHIR R4 resource in JSON is expected.");
        var utf8 = System.Text.Encoding.UTF8.GetBytes(json);
        if (UnsafeText.FindInJson(utf8, MaxDepth) is { } path)
        {
            throw new FhirInputException($"{path}: {UnsafeText.Rule}.", [new FhirInputIssue("invalid", $"{path}: {UnsafeText.Rule}.", path)]);
        }

        if ((limits ?? JsonShapeLimits.OnePatient).Check(utf8, MaxDepth) is { } excess)
        {
            throw new FhirInputException(excess.Message, [excess]);
        }

        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
            Deserializer.TryDeserializeResource(ref reader, out var root, out var issues);
            var faults = issues.Select(ParseFault.Of).ToList();
            return root is null || faults.Any(f => f.Path == RootPath && f.Code == ParseFault.UnknownResourceType)
                ? throw Failed(faults)
                : (root, faults);
        }
        catch (JsonException e)
        {
            throw new FhirInputException("The body is not valid JSON.", [new FhirInputIssue("structure", $"The body is not valid JSON: {e.Message}")], e);
        }
#pragma warning disable CA1031 // The SDK throws IndexOutOfRange, NotSupported, InvalidOperation... on some malformed input.
        catch (Exception e) when (e is not (OutOfMemoryException or FhirInputException))
#pragma warning restore CA1031
        {
            throw new FhirInputException(
                "The body is not a readable FHIR R4 JSON resource.",
                [new FhirInputIssue("structure", "The body is not a readable FHIR R4 JSON resource (expected an object with a known resourceType).")],
                e);
        }
    }

    public static string Serialize(Base resource, bool pretty = false)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return resource.ToJson(pretty);
    }

    private const string RootPath = "$this";

    private static FhirInputException Failed(IReadOnlyList<ParseFault> faults)
    {
        var issues = faults.Take(MaxIssues).Select(f => new FhirInputIssue(f.Code.StartsWith("JSON", StringComparison.Ordinal) ? "structure" : "invalid", $"{f.Code}: {f.Message}", f.Path == RootPath ? null : f.Path)).ToList();
        if (issues.Count == 0) issues.Add(new FhirInputIssue("structure", "The body is not valid FHIR R4 JSON."));
        return new FhirInputException("The body is not valid FHIR R4 JSON: " + issues[0].Message, issues);
    }
}
