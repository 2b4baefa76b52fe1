namespace CdsService.TestSupport;

using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

/// <summary>
/// Firely's R4 validator over the core specification only (docs/fhir.md, "Validation"), built once per test process
/// because compiling the core StructureDefinitions takes seconds. Profiles outside the core specification (the Genomics
/// Reporting therapeutic-implication claim) are not resolvable here: they are dropped from the profiles to validate
/// against, so the resource is checked against its core type and the claim itself raises no error.
/// </summary>
public static class FhirOutputValidator
{
    private const string CoreProfilePrefix = "http://hl7.org/fhir/StructureDefinition/";

    private static readonly Lazy<Validator> Instance = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lock Gate = new();

    /// <summary>The issues of severity error or fatal.</summary>
    public static IReadOnlyList<OperationOutcome.IssueComponent> Errors(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        OperationOutcome outcome;
        // One validator, shared by test classes that may run in parallel; its caches are not documented as thread-safe.
        lock (Gate) outcome = Instance.Value.Validate(resource);
        return outcome.Issue.Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal).ToList();
    }

    /// <summary>Errors grouped by message, most frequent first, for a failure message that says what to fix.</summary>
    public static string Describe(IEnumerable<OperationOutcome.IssueComponent> errors) =>
        string.Join("\n", errors.GroupBy(e => e.Details?.Text ?? e.Diagnostics ?? "(no text)")
            .OrderByDescending(g => g.Count())
            .Select(g => $"{g.Count()} x {g.Key} @ {string.Join(", ", g.SelectMany(e => e.Expression).Distinct().Take(3))}"));

    private static Validator Create()
    {
        var source = new CachedResolver(ZipSource.CreateValidationSource());
        var terminology = new LocalTerminologyService(source);
        var settings = new ValidationSettings
        {
            SelectValidationProfiles = (_, profiles, _, _) => profiles.Where(p => p.Uri?.StartsWith(CoreProfilePrefix, StringComparison.Ordinal) == true).ToArray(),
        };
        return new Validator(source, terminology, null, settings);
    }
}
