namespace CdsService.Api.Smart;

using System.Diagnostics;
using CdsService.Api.Errors;

/// <summary>
/// A failed launch as an HTML page: the launch runs in the clinician's browser, so every answer of /app/launch and
/// /app/callback is a page, whatever Accept says. It states what happened and what to do, never a stack trace.
/// </summary>
public sealed class SmartFailurePage(SmartFailureException failure) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => failure.Status;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var report = new ErrorReport(failure.Status, ProblemTypes.ForStatus(failure.Status), failure.Title, failure.Message);
        var response = httpContext.Response;
        response.StatusCode = failure.Status;
        response.Headers.ContentSecurityPolicy = HtmlErrorPage.ContentSecurityPolicy;
        response.Headers.CacheControl = "no-store";
        response.ContentType = "text/html; charset=utf-8";
        return response.WriteAsync(HtmlErrorPage.Render(report, Activity.Current?.Id ?? httpContext.TraceIdentifier), httpContext.RequestAborted);
    }
}
