namespace CdsService.Fhir;

/// <summary>
/// The FHIR input cannot be read: malformed JSON, not R4, or not a resource this service accepts. The only
/// exception type the parsing code lets out, whatever the Firely deserializer threw (docs/fhir.md).
/// </summary>
public sealed class FhirInputException : Exception
{
    public FhirInputException()
        : this("The FHIR input cannot be read.")
    {
    }

    public FhirInputException(string message)
        : this(message, [new FhirInputIssue("invalid", message)])
    {
    }

    public FhirInputException(string message, Exception innerException)
        : base(message, innerException) => Issues = [new FhirInputIssue("invalid", message)];

    public FhirInputException(string message, IReadOnlyList<FhirInputIssue> issues, Exception? innerException = null)
        : base(message, innerException) => Issues = issues;

    /// <summary>At least one issue; the first restates <see cref="Exception.Message"/> or details it.</summary>
    public IReadOnlyList<FhirInputIssue> Issues { get; }
}
