namespace CdsService.Api.Errors;

using CdsService.Fhir;
using CdsService.Fhir.Outbound;
using IssueSeverity = Hl7.Fhir.Model.OperationOutcome.IssueSeverity;

/// <summary>
/// An <see cref="ErrorReport"/> as a FHIR R4 OperationOutcome: one issue per field error (its FHIRPath as expression),
/// else one issue with the detail; the issue code is the FHIR IssueType for the status (R4 valueset-issue-type).
/// </summary>
internal static class OperationOutcomeBody
{
    public static string Render(ErrorReport report, string traceId)
    {
        var severity = report.Status >= StatusCodes.Status500InternalServerError && report.Status != StatusCodes.Status503ServiceUnavailable
            ? IssueSeverity.Fatal
            : IssueSeverity.Error;
        var fallback = IssueCode(report.Status);
        var issues = report.Errors.Count > 0
            ? report.Errors.Select(e => (severity, e.IssueCode ?? fallback, e.Message, (string?)NullIfEmpty(e.Field)))
            : [(severity, fallback, WithTrace(report, traceId), null)];
        return FhirJson.Serialize(OperationOutcomeFactory.FromIssues(issues));
    }

    public static string IssueCode(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "invalid",
        StatusCodes.Status401Unauthorized => "login",
        StatusCodes.Status403Forbidden => "forbidden",
        StatusCodes.Status404NotFound => "not-found",
        StatusCodes.Status405MethodNotAllowed or StatusCodes.Status406NotAcceptable or StatusCodes.Status415UnsupportedMediaType => "not-supported",
        StatusCodes.Status409Conflict => "conflict",
        StatusCodes.Status412PreconditionFailed => "incomplete",
        StatusCodes.Status413PayloadTooLarge => "too-costly",
        StatusCodes.Status422UnprocessableEntity => "processing",
        StatusCodes.Status429TooManyRequests => "throttled",
        StatusCodes.Status503ServiceUnavailable => "transient",
        >= 500 => "exception",
        _ => "processing",
    };

    private static string WithTrace(ErrorReport report, string traceId) =>
        report.Status >= StatusCodes.Status500InternalServerError ? $"{report.Detail} (trace {traceId})" : report.Detail;

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
