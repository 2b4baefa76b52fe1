namespace CdsService.Api.Http;

using Microsoft.AspNetCore.Http.Metadata;

public static class HttpPipelineExtensions
{
    /// <summary>Deepest JSON nesting accepted: the contract needs 4 levels; the reader default of 64 only invites abuse.</summary>
    public const int MaxJsonDepth = 16;

    /// <summary>JSON reading limits, and binder failures thrown (in every environment) so the exception handler can name the field.</summary>
    public static IHostApplicationBuilder AddCdsHttp(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.MaxDepth = MaxJsonDepth);
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return builder;
    }

    /// <summary>Refuses a body whose declared length exceeds the endpoint's <see cref="IRequestSizeLimitMetadata"/>; runs after routing.</summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
            if (limit is not null && context.Request.ContentLength > limit)
            {
                throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
            }

            return next(context);
        });

    public static TBuilder WithRequestBodyLimit<TBuilder>(this TBuilder builder, long maxBytes = RequestBodyLimit.DefaultMaxBytes)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestBodyLimit(maxBytes));
}
