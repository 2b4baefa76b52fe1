namespace CdsService.Api.Smart;

/// <summary>
/// A launch that cannot go on, with the page the clinician sees: what happened and what to do (docs/smart.md,
/// "When a launch fails"). Messages never carry tokens, codes or patient data.
/// </summary>
public sealed class SmartFailureException : Exception
{
    public SmartFailureException()
        : this(StatusCodes.Status400BadRequest, "The launch failed", "Start the app again from the patient's chart.")
    {
    }

    public SmartFailureException(string message)
        : this(StatusCodes.Status400BadRequest, "The launch failed", message)
    {
    }

    public SmartFailureException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = StatusCodes.Status502BadGateway;
        Title = "The launch failed";
    }

    public SmartFailureException(int status, string title, string message)
        : base(message)
    {
        Status = status;
        Title = title;
    }

    public int Status { get; }

    public string Title { get; }
}
