namespace CdsService.Api.Errors;

/// <summary>
/// What went wrong, independent of how it is written: status, stable type, title, detail and field errors in;
/// <see cref="ErrorRenderer"/> writes it in the caller's channel. Texts never carry request values or stack traces.
/// </summary>
public sealed record ErrorReport(int Status, string Type, string Title, string Detail)
{
    /// <summary>Field-level errors; <see cref="FieldError.Field"/> is the JSON path or FHIRPath, empty for the whole request.</summary>
    public IReadOnlyList<FieldError> Errors { get; init; } = [];

    /// <summary>Sent as Retry-After (seconds) with a 429 or 503.</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>A bare status with the service's standard wording.</summary>
    public static ErrorReport ForStatus(int status, string? detail = null) =>
        new(status, ProblemTypes.ForStatus(status), ErrorTexts.Title(status), detail ?? ErrorTexts.Detail(status));

    /// <summary>Errors grouped by field, as the problem+json <c>errors</c> member carries them.</summary>
    public Dictionary<string, string[]> ErrorsByField() => Errors
        .GroupBy(e => e.Field, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
}

/// <param name="Field">JSON path (problem+json) or FHIRPath (OperationOutcome expression); empty for the whole request.</param>
/// <param name="Message">What is wrong and what is expected.</param>
/// <param name="IssueCode">The FHIR IssueType code for OperationOutcome channels; null derives it from the status.</param>
public sealed record FieldError(string Field, string Message, string? IssueCode = null);
