namespace CdsService.Api.Fhir;

using System.Diagnostics;
using CdsService.Fhir;
using CdsService.Fhir.Outbound;
using Hl7.Fhir.Model;
using System.Globalization;
using CdsService.Api.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

/// <summary>
/// Errors on the /fhir routes as OperationOutcome (R4 http.html: "an OperationOutcome SHOULD be returned"), ahead of
/// the problem+json handler: unreadable FHIR is 400, an over-long body 413, an unreachable database 503 with Retry-After,
/// anything unexpected a 500 without detail.
/// </summary>
public sealed class FhirExceptionHandler(IOptions<DatabaseOptions> database, ILogger<FhirExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(exception);
        if (!httpContext.Request.Path.StartsWithSegments(FhirEndpoints.BasePath, StringComparison.OrdinalIgnoreCase)) return false;
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested) return true;

        var traceId = Activity.Current?.Id ?? httpContext.TraceIdentifier;
        var (status, outcome) = exception switch
        {
            FhirInputException input => (StatusCodes.Status400BadRequest, OperationOutcomeFactory.FromInput(input)),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (StatusCodes.Status413PayloadTooLarge,
                OperationOutcomeFactory.Create(OperationOutcome.IssueType.TooCostly, $"The body is larger than {FhirEndpoints.MaxBodyBytes} bytes.")),
            _ when DatabaseFailures.IsUnavailable(exception) => (StatusCodes.Status503ServiceUnavailable,
                OperationOutcomeFactory.Create(OperationOutcome.IssueType.Transient, "The database is unreachable. No evaluation is answered without its audit record; retry after the Retry-After delay.")),
            BadHttpRequestException bad => (bad.StatusCode, OperationOutcomeFactory.Create(OperationOutcome.IssueType.Structure, "The request could not be read.")),
            _ => (StatusCodes.Status500InternalServerError,
                OperationOutcomeFactory.Create(OperationOutcome.IssueType.Exception, $"The request could not be completed. Quote trace {traceId} to the operators.", OperationOutcome.IssueSeverity.Fatal)),
        };
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = database.Value.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            logger.FhirRequestRejected(status, outcome.Issue.Count, traceId);
        }
        else if (status >= StatusCodes.Status500InternalServerError) logger.FhirUnhandledException(exception, traceId);
        else logger.FhirRequestRejected(status, outcome.Issue.Count, traceId);

        await new FhirResult(outcome, status).ExecuteAsync(httpContext);
        return true;
    }
}
