namespace CdsService.Api.CdsHooks.Evaluation;

/// <summary>The FHIR data of a hook call cannot be mapped: a 400 with an OperationOutcome listing why.</summary>
public sealed class CdsHooksInputException : Exception
{
    public CdsHooksInputException()
    {
        Errors = [];
    }

    public CdsHooksInputException(string message)
        : base(message) => Errors = [message];

    public CdsHooksInputException(string message, Exception innerException)
        : base(message, innerException) => Errors = [message];

    public CdsHooksInputException(IReadOnlyList<string> errors)
        : base(string.Join("; ", errors)) => Errors = errors;

    public IReadOnlyList<string> Errors { get; }
}
