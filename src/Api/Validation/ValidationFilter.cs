namespace CdsService.Api.Validation;

using CdsService.Api.Errors;
using FluentValidation;

/// <summary>
/// Runs the request's FluentValidation validator before the handler and answers 400 with field-level errors keyed by
/// the JSON path of the field (e.g. "her2.ish.meanHer2CopiesPerCell").
/// </summary>
public sealed class ValidationFilter<T>(IValidator<T> validator) : IEndpointFilter
    where T : class
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);

        var argument = context.Arguments.OfType<T>().FirstOrDefault();
        if (argument is null)
        {
            return await next(context);
        }

        var result = await validator.ValidateAsync(argument, context.HttpContext.RequestAborted);
        if (result.IsValid)
        {
            return await next(context);
        }

        var errors = result.Errors
            .GroupBy(e => JsonFieldPath.FromPropertyPath(e.PropertyName), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

        return TypedResults.ValidationProblem(
            errors,
            detail: "See errors: each key is the JSON path of a field in the request body.",
            title: "The request has invalid fields",
            type: ProblemTypes.Validation);
    }
}
