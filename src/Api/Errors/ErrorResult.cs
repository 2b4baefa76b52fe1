namespace CdsService.Api.Errors;

/// <summary>An endpoint's own error answer, written by <see cref="ErrorRenderer"/> in the route's channel.</summary>
public sealed class ErrorResult(ErrorReport report) : IResult, IStatusCodeHttpResult
{
    public ErrorReport Report { get; } = report;

    public int? StatusCode => Report.Status;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return httpContext.RequestServices.GetRequiredService<ErrorRenderer>().WriteAsync(httpContext, Report);
    }
}
