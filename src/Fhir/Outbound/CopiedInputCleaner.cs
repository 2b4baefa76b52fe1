namespace CdsService.Fhir.Outbound;

using System.Collections;
using System.Globalization;
using Hl7.Fhir.Model;

/// <summary>
/// Makes a copy of an input resource valid R4 before it goes into the answer. The lenient read accepts syntax faults
/// that change nothing clinical (docs/fhir.md, "Lenient read"); the answer must still validate (docs/fhir.md,
/// "Validation"), so the copy drops what R4 does not define and what cannot be written as valid R4, and writes a time
/// without a zone in UTC, as it was read.
/// </summary>
internal static class CopiedInputCleaner
{
    private const string UtcDateTime = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static void Clean(Base node)
    {
        node.ClearOverflow();
        foreach (var (name, value) in node.EnumerateElements().ToList())
        {
            switch (value)
            {
                case PrimitiveType primitive when !Repair(primitive):
                    node.SetValue(name, null);
                    break;
                case PrimitiveType primitive:
                    primitive.ClearOverflow();
                    break;
                case Base child:
                    Clean(child);
                    if (IsEmpty(child)) node.SetValue(name, null);
                    break;
                case IList list:
                    CleanList(list);
                    break;
            }
        }
    }

    private static void CleanList(IList list)
    {
        for (var i = list.Count - 1; i >= 0; i--)
        {
            switch (list[i])
            {
                case PrimitiveType primitive when !Repair(primitive):
                    list.RemoveAt(i);
                    break;
                case PrimitiveType primitive:
                    primitive.ClearOverflow();
                    break;
                case Base child:
                    Clean(child);
                    if (IsEmpty(child)) list.RemoveAt(i);
                    break;
            }
        }
    }

    // An element left with neither a value nor children breaks ele-1: it goes too.
    private static bool IsEmpty(Base element) => !element.EnumerateElements().Any();

    /// <summary>True when the primitive is (now) valid R4; false when it must be left out of the copy.</summary>
    private static bool Repair(PrimitiveType primitive)
    {
        if (primitive.JsonValue is not string literal) return IsTyped(primitive);
        switch (primitive)
        {
            case Instant instant when !Instant.IsValidValue(literal):
                if (!TryUtc(literal, out var moment)) return false;
                instant.Value = moment;
                return true;
            case FhirDateTime dateTime when !FhirDateTime.IsValidValue(literal):
                if (!TryUtc(literal, out var at)) return false;
                dateTime.Value = at.ToString(UtcDateTime, CultureInfo.InvariantCulture);
                return true;
            case Date: return Date.IsValidValue(literal);
            case Time: return Time.IsValidValue(literal);
            case Id: return Id.IsValidValue(literal);
            case Oid: return Oid.IsValidValue(literal);
            case Uuid: return Uuid.IsValidValue(literal);
            case Canonical: return Canonical.IsValidValue(literal);
            case FhirUrl: return FhirUrl.IsValidValue(literal);
            case FhirUri: return FhirUri.IsValidValue(literal);
            case Code: return Code.IsValidValue(literal);
            case Markdown: return Markdown.IsValidValue(literal);
            case FhirString: return FhirString.IsValidValue(literal);
            case Instant or FhirDateTime: return true;
            default: return IsTyped(primitive);
        }
    }

    // A boolean, number or binary whose value is still the sender's string was not readable as its type.
    private static bool IsTyped(PrimitiveType primitive) => primitive switch
    {
        FhirBoolean or Integer or UnsignedInt or PositiveInt or FhirDecimal => primitive.JsonValue is not string,
        _ => true,
    };

    private static bool TryUtc(string literal, out DateTimeOffset moment) =>
        DateTimeOffset.TryParse(literal, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out moment);

    /// <summary>
    /// A fullUrl the answer can keep: a urn:uuid with a real UUID, a urn:oid, or an absolute URL (R4 Bundle, bdl-8 and
    /// the uri datatype). "urn:uuid:p-1" is accepted on input with a warning but is not one.
    /// </summary>
    public static bool IsValidFullUrl(string fullUrl)
    {
        if (fullUrl.StartsWith("urn:uuid:", StringComparison.Ordinal)) return Uuid.IsValidValue(fullUrl);
        if (fullUrl.StartsWith("urn:oid:", StringComparison.Ordinal)) return Oid.IsValidValue(fullUrl);
        return Uri.TryCreate(fullUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && FhirUri.IsValidValue(fullUrl);
    }
}
