namespace CdsService.Api.Errors;

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CdsService.Api.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

/// <summary>
/// The one place an error becomes a response: the channel comes from endpoint metadata (<see cref="ErrorChannelResolver"/>),
/// except that a browser asking for HTML gets a readable page. Exceptions, bare status codes, ProblemDetails results
/// and endpoint errors all end here (docs/operations.md).
/// </summary>
public sealed class ErrorRenderer(ErrorChannelResolver channels, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
{
    public const string HtmlMediaType = "text/html";

    public Task WriteAsync(HttpContext httpContext, ErrorReport report)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(report);
        var response = httpContext.Response;
        if (response.HasStarted)
            return Task.CompletedTask;
        response.StatusCode = report.Status;
        if (report.RetryAfterSeconds is { } seconds)
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);

        var traceId = Activity.Current?.Id ?? httpContext.TraceIdentifier;
        var channel = channels.ChannelOf(httpContext);
        if (BrowserAsksForHtml(httpContext.Request, channel))
        {
            response.Headers.ContentSecurityPolicy = HtmlErrorPage.ContentSecurityPolicy;
            return Write(response, HtmlMediaType, HtmlErrorPage.Render(report, traceId));
        }

        return channel switch
        {
            ErrorChannel.Fhir or ErrorChannel.CdsHooks => Write(response, channel.MediaType(), OperationOutcomeBody.Render(report, traceId)),
            _ => Write(response, channel.MediaType(), ProblemJson(report, traceId)),
        };
    }

    /// <summary>Text/html named explicitly and ranked above the channel's own type: a browser's address bar or link.</summary>
    public static bool BrowserAsksForHtml(HttpRequest request, ErrorChannel channel)
    {
        var ranges = AcceptHeader.Ranges(request);
        var html = AcceptHeader.ExplicitQuality(ranges, HtmlMediaType);
        var own = Math.Max(AcceptHeader.ExplicitQuality(ranges, channel.MediaType()), AcceptHeader.ExplicitQuality(ranges, "application/json"));
        return html > own;
    }

    private string ProblemJson(ErrorReport report, string traceId)
    {
        var problem = Problem(report, traceId);
        // The runtime type, so that HttpValidationProblemDetails keeps its "errors".
        return JsonSerializer.Serialize(problem, problem.GetType(), json.Value.SerializerOptions);
    }

    private static ProblemDetails Problem(ErrorReport report, string traceId)
    {
        var problem = report.Errors.Count > 0 ? new HttpValidationProblemDetails(report.ErrorsByField()) : new ProblemDetails();
        problem.Type = report.Type;
        problem.Title = report.Title;
        problem.Status = report.Status;
        problem.Detail = report.Detail;
        problem.Extensions["traceId"] = traceId;
        return problem;
    }

    private static Task Write(HttpResponse response, string mediaType, string body)
    {
        response.ContentType = mediaType + "; charset=utf-8";
        return response.WriteAsync(body, response.HttpContext.RequestAborted);
    }
}
