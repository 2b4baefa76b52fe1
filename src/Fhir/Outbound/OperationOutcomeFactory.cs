namespace CdsService.Fhir.Outbound;

using CdsService.Fhir.Inbound;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

/// <summary>
/// OperationOutcome for errors on the /fhir routes (R4 OperationOutcome; IssueType codes structure, invalid,
/// not-supported, processing, too-costly, exception). Messages name the problem, never stack traces or patient data.
/// </summary>
public static class OperationOutcomeFactory
{
    public static OperationOutcome FromInput(FhirInputException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var outcome = new OperationOutcome();
        foreach (var issue in exception.Issues)
        {
            outcome.Issue.Add(Issue(OperationOutcome.IssueSeverity.Error, IssueType(issue.Code), issue.Message, issue.Location));
        }

        return outcome;
    }

    /// <summary>Field errors of the mapping (e.g. a serum ECD unit that cannot be converted): 422 material.</summary>
    public static OperationOutcome FromMapping(MappingResult mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var outcome = new OperationOutcome();
        foreach (var e in mapping.Errors)
        {
            var text = e.Reference is null ? e.Message : $"{e.Reference}: {e.Message}";
            outcome.Issue.Add(Issue(OperationOutcome.IssueSeverity.Error, OperationOutcome.IssueType.Invalid, text, e.Field));
        }

        foreach (var w in mapping.Warnings) outcome.Issue.Add(Issue(OperationOutcome.IssueSeverity.Warning, OperationOutcome.IssueType.Informational, w.Message, w.Field));
        return outcome;
    }

    public static OperationOutcome Create(OperationOutcome.IssueType type, string message, OperationOutcome.IssueSeverity severity = OperationOutcome.IssueSeverity.Error)
    {
        var outcome = new OperationOutcome();
        outcome.Issue.Add(Issue(severity, type, message, null));
        return outcome;
    }

    /// <summary>One issue per entry; a code that is not an R4 IssueType literal becomes "processing".</summary>
    public static OperationOutcome FromIssues(IEnumerable<(OperationOutcome.IssueSeverity Severity, string Code, string Message, string? Location)> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var outcome = new OperationOutcome();
        foreach (var (severity, code, message, location) in issues)
        {
            var type = EnumUtility.ParseLiteral<OperationOutcome.IssueType>(code) ?? OperationOutcome.IssueType.Processing;
            outcome.Issue.Add(Issue(severity, type, message, location));
        }

        return outcome;
    }

    private static OperationOutcome.IssueComponent Issue(OperationOutcome.IssueSeverity severity, OperationOutcome.IssueType type, string message, string? location)
    {
        var issue = new OperationOutcome.IssueComponent { Severity = severity, Code = type, Diagnostics = message, Details = new CodeableConcept { Text = message } };
        IssueLocation.Apply(issue, location);
        return issue;
    }

    private static OperationOutcome.IssueType IssueType(string code) => code switch
    {
        "structure" => OperationOutcome.IssueType.Structure,
        "not-supported" => OperationOutcome.IssueType.NotSupported,
        "too-costly" => OperationOutcome.IssueType.TooCostly,
        _ => OperationOutcome.IssueType.Invalid,
    };
}
