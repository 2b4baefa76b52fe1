namespace CdsService.Api.CdsHooks.Contracts;

using CdsService.Api.Errors;

/// <summary>
/// Error answers of the CDS Hooks routes: an OperationOutcome on every non-2xx but 401 (CDS Hooks 3.0 ballot §Error
/// handling; docs/cds-hooks.md E2), written by <see cref="ErrorRenderer"/> from the routes' channel metadata.
/// </summary>
public static class OperationOutcomes
{
    public static IResult Result(int status, string issueCode, IEnumerable<string> diagnostics) =>
        new ErrorResult(ErrorReport.ForStatus(status) with { Errors = [.. diagnostics.Select(d => new FieldError("", d, issueCode))] });

    public static IResult BadRequest(IEnumerable<string> errors) => Result(StatusCodes.Status400BadRequest, "invalid", errors);

    public static IResult NotFound(string text) => Result(StatusCodes.Status404NotFound, "not-found", [text]);

    /// <summary>CDS Hooks 2.0 §Prefetch: "the service SHALL respond with an HTTP 412 Precondition Failed" (docs/cds-hooks.md P5).</summary>
    public static IResult PreconditionFailed(string text) => Result(StatusCodes.Status412PreconditionFailed, "incomplete", [text]);
}
