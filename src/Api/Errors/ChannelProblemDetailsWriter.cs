namespace CdsService.Api.Errors;

/// <summary>
/// Routes every ProblemDetails the framework or an endpoint produces (TypedResults.Problem, ValidationProblem, status
/// code pages) through <see cref="ErrorRenderer"/>. It writes for any Accept header, so no request can meet "Unable
/// to find a registered IProblemDetailsWriter" (a 500).
/// </summary>
internal sealed class ChannelProblemDetailsWriter(ErrorRenderer renderer) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        var report = new ErrorReport(
            status,
            problem.Type is null || problem.Type.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal) ? ProblemTypes.ForStatus(status) : problem.Type,
            problem.Title ?? ErrorTexts.Title(status),
            problem.Detail ?? ErrorTexts.Detail(status))
        {
            Errors = problem is HttpValidationProblemDetails validation
                ? [.. validation.Errors.SelectMany(e => e.Value.Select(m => new FieldError(e.Key, m)))]
                : [],
        };
        return new ValueTask(renderer.WriteAsync(context.HttpContext, report));
    }
}
