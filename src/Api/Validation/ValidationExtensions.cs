namespace CdsService.Api.Validation;

using FluentValidation;

public static class ValidationExtensions
{
    /// <summary>Registers every validator of the API; they are stateless, so one instance each.</summary>
    public static IHostApplicationBuilder AddCdsValidation(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddValidatorsFromAssembly(typeof(ValidationExtensions).Assembly, ServiceLifetime.Singleton);
        return builder;
    }

    /// <summary>Validates the <typeparamref name="T"/> body before the handler runs, and documents the 400 answer.</summary>
    public static RouteHandlerBuilder WithValidation<T>(this RouteHandlerBuilder builder)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddEndpointFilter<RouteHandlerBuilder, ValidationFilter<T>>()
            .ProducesValidationProblem();
    }
}
