namespace CdsService.Fhir.Outbound;

using CdsService.Fhir.Terminology;
using Hl7.Fhir.Model;
using Hl7.FhirPath;

/// <summary>
/// Where an OperationOutcome issue points. R4 says <c>issue.expression</c> is a simple FHIRPath into the resource the
/// issue is about (operationoutcome-definitions.html#OperationOutcome.issue.expression), so only a location that starts
/// with a resource type and parses as FHIRPath goes there; a REST field path of the panel (e.g. "her2.ihc") is not
/// FHIRPath and travels as a <see cref="LocalCodeSystems.PanelField"/> coding of <c>details</c> (docs/fhir.md, "Errors").
/// </summary>
internal static class IssueLocation
{
    private static readonly FhirPathCompiler Compiler = new();

    public static void Apply(OperationOutcome.IssueComponent issue, string? location)
    {
        if (string.IsNullOrWhiteSpace(location)) return;
        if (IsFhirPath(location))
        {
            issue.Expression = [location];
            return;
        }

        issue.Details ??= new CodeableConcept();
        issue.Details.Coding.Add(new Coding(LocalCodeSystems.PanelField, location));
    }

    public static bool IsFhirPath(string location)
    {
        var end = location.IndexOfAny(['.', '[', '(']);
        var root = end < 0 ? location : location[..end];
        // IsKnownResource ignores case; a FHIRPath type name does not.
        if (root.Length == 0 || !char.IsUpper(root[0]) || !ModelInfo.IsKnownResource(root)) return false;
        try
        {
            Compiler.Parse(location);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
