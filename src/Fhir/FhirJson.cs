namespace CdsService.Fhir;

using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;

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

    public static Resource Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (string.IsNullOrWhiteSpace(json)) throw new FhirInputException("The body is empty: a FHIR R4 resource in JSON is expected.");
        var utf8 = System.Text.Encoding.UTF8.GetBytes(json);
        if (UnsafeText.FindInJson(utf8, MaxDepth) is { } path)
        {
            throw new FhirInputException($"{path}: {UnsafeText.Rule}.", [new FhirInputIssue("invalid", $"{path}: {UnsafeText.Rule}.", path)]);
        }

        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
            return Deserializer.DeserializeResource(ref reader);
        }
        catch (DeserializationFailedException e)
        {
            throw Failed(e.Exceptions);
        }
        catch (JsonException e)
        {
            throw new FhirInputException("The body is not valid JSON.", [new FhirInputIssue("structure", $"The body is not valid JSON: {e.Message}")], e);
        }
#pragma warning disable CA1031 // The SDK throws IndexOutOfRange, NotSupported, InvalidOperation... on some malformed input.
        catch (Exception e) when (e is not OutOfMemoryException)
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

    private static FhirInputException Failed(IEnumerable<CodedException> errors)
    {
        var issues = errors.Take(MaxIssues).Select(ToIssue).ToList();
        if (issues.Count == 0) issues.Add(new FhirInputIssue("structure", "The body is not valid FHIR R4 JSON."));
        return new FhirInputException("The body is not valid FHIR R4 JSON: " + issues[0].Message, issues);
    }

    private static FhirInputIssue ToIssue(CodedException e)
    {
        var code = e.ErrorCode.StartsWith("JSON", StringComparison.Ordinal) ? "structure" : "invalid";
        return new FhirInputIssue(code, $"{e.ErrorCode}: {e.Message}");
    }
}
