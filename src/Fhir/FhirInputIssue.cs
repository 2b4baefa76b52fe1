namespace CdsService.Fhir;

/// <summary>One problem with a FHIR input, ready to become an OperationOutcome issue (code from the R4 IssueType value set).</summary>
public sealed record FhirInputIssue(string Code, string Message, string? Location = null);
