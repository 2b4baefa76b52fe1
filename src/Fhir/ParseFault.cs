namespace CdsService.Fhir;

using Hl7.Fhir.Utility;

/// <summary>
/// One fault the Firely deserializer reported, at its FHIRPath ("Bundle.entry[2].resource.value"). A fault that
/// keeps the value as sent (a literal in the wrong format, an unknown or empty element, an unknown resource type) is a
/// nit; any other leaves the element unreadable, and reading it would throw (docs/fhir.md, "Lenient read").
/// </summary>
public sealed record ParseFault(string Path, string Code, string Message)
{
    public const string UnknownResourceType = "PVAL130";
    public const string UnknownElement = "PVAL128";

    // Firely SDK 6 error codes: PVAL124 literal not in the type's format (kept as a string), PVAL128 unknown element
    // (kept in overflow), PVAL129 empty element, PVAL130 unknown resource type, JSON120/JSON121 empty object/array.
    private static readonly HashSet<string> Nits = new(StringComparer.Ordinal) { "PVAL124", UnknownElement, "PVAL129", UnknownResourceType, "JSON120", "JSON121" };

    /// <summary>True when the element's value is lost or of the wrong type, so that it cannot be read.</summary>
    public bool LosesData => !Nits.Contains(Code);

    public static ParseFault Of(CodedException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var path = (e as ExtendedCodedException)?.InstancePath is { Length: > 0 } p ? p : "$this";
        var message = (e as ExtendedCodedException)?.BaseErrorMessage is { Length: > 0 } m ? m : e.Message;
        return new ParseFault(path, e.ErrorCode, message);
    }
}
