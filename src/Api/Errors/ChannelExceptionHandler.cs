namespace CdsService.Api.Errors;

using System.Diagnostics;
using CdsService.Api.Logging;
using CdsService.Api.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

/// <summary>
/// The only exception handler. Endpoints hold no try/catch; nothing a client sends may surface as a 500, an
/// unreachable or unmigrated database is a 503 with Retry-After, and no answer carries a stack trace.
/// </summary>
internal sealed class ChannelExceptionHandler(
    ErrorRenderer renderer, DatabaseSchemaState schema, IOptions<DatabaseOptions> database, ILogger<ChannelExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(exception);

        // The client has gone; there is nobody to answer.
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
            return true;

        var explained = await schema.ExplainAsync(exception, cancellationToken);
        var report = ExceptionReports.Create(httpContext, explained, database.Value.RetryAfterSeconds);
        var traceId = Activity.Current?.Id ?? httpContext.TraceIdentifier;
        if (report.Status == StatusCodes.Status503ServiceUnavailable)
            PersistenceLog.AnsweredNotReady(logger, traceId, report.Type, explained.GetType().Name);
        else if (report.Status >= StatusCodes.Status500InternalServerError && DatabaseFailures.Describe(exception) is { } database)
            logger.UnhandledDatabaseException(traceId, exception.GetType().Name, database, exception.StackTrace ?? "");
        else if (report.Status >= StatusCodes.Status500InternalServerError)
            logger.UnhandledException(exception, traceId);
        else
            logger.RequestRejected(report.Status, report.Type, traceId);

        await renderer.WriteAsync(httpContext, report);
        return true;
    }
}
