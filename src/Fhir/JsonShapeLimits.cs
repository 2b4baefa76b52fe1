namespace CdsService.Fhir;

using System.Globalization;
using System.Text.Json;

/// <summary>
/// How much structure a FHIR body may have before the FHIR SDK reads it (docs/fhir.md, "Limits"). The SDK turns every
/// JSON object into objects of its own, so a body of empty entries costs far more memory and CPU than its bytes
/// suggest; one pass of a forward-only reader, with no allocation per token, refuses such a body first.
/// </summary>
/// <param name="MaxArrayItems">Most items in any one array (Bundle.entry, contained, component ...).</param>
/// <param name="MaxObjects">Most JSON objects in the whole body.</param>
public sealed record JsonShapeLimits(int MaxArrayItems, int MaxObjects)
{
    /// <summary>
    /// One patient's data ($evaluate, a CDS Hooks prefetch, a SMART read): the largest hospital bundle in the test data
    /// has under 40 entries, so 1,000 is ample, and 20,000 objects bound the SDK's work to a few tens of MB.
    /// </summary>
    public static JsonShapeLimits OnePatient { get; } = new(1_000, 20_000);

    /// <summary>A FHIR batch: many patients in one Bundle, itself limited to a few MiB by the batch options.</summary>
    public static JsonShapeLimits Batch { get; } = new(100_000, 1_000_000);

    /// <summary>The first excess, as an issue naming its place ("Bundle.entry") and the limit; null when within the limits.</summary>
    public FhirInputIssue? Check(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth, CommentHandling = JsonCommentHandling.Skip });
        Span<int> items = stackalloc int[maxDepth + 2];
        Span<bool> isArray = stackalloc bool[maxDepth + 2];
        var depth = 0;
        var objects = 0;
        try
        {
            while (reader.Read())
            {
                var token = reader.TokenType;
                if (depth > 0 && isArray[depth] && token is not (JsonTokenType.EndArray or JsonTokenType.Comment) && ++items[depth] > MaxArrayItems)
                {
                    return Issue($"an array has more than {MaxArrayItems.ToString(CultureInfo.InvariantCulture)} items", reader);
                }

                switch (token)
                {
                    case JsonTokenType.StartObject when ++objects > MaxObjects:
                        return Issue($"the body has more than {MaxObjects.ToString(CultureInfo.InvariantCulture)} JSON objects", reader);
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        depth++;
                        isArray[depth] = token == JsonTokenType.StartArray;
                        items[depth] = 0;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        depth--;
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON is left to the parser that follows, which reports it better.
            return null;
        }

        return null;
    }

    private static FhirInputIssue Issue(string what, Utf8JsonReader reader) =>
        new("too-costly", $"The body is larger in structure than this service reads for one request: {what} (at byte {reader.TokenStartIndex.ToString(CultureInfo.InvariantCulture)}). Send only the resources of the patient, or split the input.");
}
