namespace CdsService.Api.CdsHooks.Requests;

using System.Text.RegularExpressions;

/// <summary>The FHIR R4 id datatype: [A-Za-z0-9\-\.]{1,64} (FHIR R4 datatypes.html#id).</summary>
public static partial class FhirId
{
    public const string Rule = "must be a FHIR id (1 to 64 of A-Z, a-z, 0-9, '-' and '.')";

    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    [GeneratedRegex(@"^[A-Za-z0-9\-\.]{1,64}\z")]
    private static partial Regex Pattern();
}
