namespace CdsService.Api.Errors;

using System.Diagnostics;
using CdsService.Api.Logging;
using Microsoft.AspNetCore.Diagnostics;

/// <summary>
/// The one place that turns exceptions into RFC 9457 problem+json. Endpoints hold no try/catch; nothing a client
/// sends may surface as a 500, and no answer carries a stack trace.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(exception);

        // The client has gone; there is nobody to answer.
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            return true;
        }

        var problem = ProblemFactory.Create(httpContext, exception);
        var status = problem.Status ?? StatusCodes.Status500InternalServerError;
        var traceId = Activity.Current?.Id ?? httpContext.TraceIdentifier;
        var type = problem.Type ?? ProblemTypes.ForStatus(status);
        if (status >= StatusCodes.Status500InternalServerError)
        {
            logger.UnhandledException(exception, traceId);
        }
        else
        {
            logger.RequestRejected(status, type, traceId);
        }

        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem });
    }
}
