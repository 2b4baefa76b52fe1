namespace CdsService.Api.Fhir;

using System.Diagnostics;
using CdsService.Fhir;
using CdsService.Fhir.Outbound;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Diagnostics;

/// <summary>
/// Errors on the /fhir routes as OperationOutcome (R4 http.html: "an OperationOutcome SHOULD be returned"), ahead of
/// the problem+json handler: unreadable FHIR is 400, an over-long body 413, anything unexpected a 500 without detail.
/// </summary>
public sealed class FhirExceptionHandler(ILogger<FhirExceptionHandler> logger) : IExceptionHandler
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
            BadHttpRequestException bad => (bad.StatusCode, OperationOutcomeFactory.Create(OperationOutcome.IssueType.Structure, "The request could not be read.")),
            _ => (StatusCodes.Status500InternalServerError,
                OperationOutcomeFactory.Create(OperationOutcome.IssueType.Exception, $"The request could not be completed. Quote trace {traceId} to the operators.", OperationOutcome.IssueSeverity.Fatal)),
        };
        if (status >= StatusCodes.Status500InternalServerError) logger.FhirUnhandledException(exception, traceId);
        else logger.FhirRequestRejected(status, outcome.Issue.Count, traceId);

        await new FhirResult(outcome, status).ExecuteAsync(httpContext);
        return true;
    }
}
