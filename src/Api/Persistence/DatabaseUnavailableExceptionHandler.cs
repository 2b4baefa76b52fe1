namespace CdsService.Api.Persistence;

using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

/// <summary>
/// Turns an unreachable database into 503 + Retry-After problem+json. Registered before the general handler so a
/// lost connection is never reported as a 500 and no answer leaves without its audit row.
/// </summary>
internal sealed class DatabaseUnavailableExceptionHandler(
    IProblemDetailsService problemDetails,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseUnavailableExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>Stable problem type (same URN scheme as the API's other problem types): clients branch on it to retry.</summary>
    public const string ProblemType = "urn:cds-service:problem:database-unavailable";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!DatabaseFailures.IsUnavailable(exception))
            return false;

        PersistenceLog.AnsweredUnavailable(logger, httpContext.TraceIdentifier, exception.GetType().Name);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = options.Value.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Type = ProblemType,
                Title = "Service temporarily unavailable",
                Detail = "The database is unreachable. No evaluation is answered without its audit record; retry after the Retry-After delay.",
            },
        });
    }
}
