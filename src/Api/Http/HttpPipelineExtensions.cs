namespace CdsService.Api.Http;

using CdsService.Api.Errors;
using CdsService.Api.Validation;
using Microsoft.AspNetCore.Http.Metadata;

public static class HttpPipelineExtensions
{
    /// <summary>Deepest JSON nesting accepted: the contract needs 4 levels; the reader default of 64 only invites abuse.</summary>
    public const int MaxJsonDepth = 16;

    /// <summary>JSON reading limits, and binder failures thrown (in every environment) so the exception handler can name the field.</summary>
    public static IHostApplicationBuilder AddCdsHttp(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.MaxDepth = MaxJsonDepth;
            options.SerializerOptions.Converters.Add(new SafeStringConverter());
        });
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        // No "Server: Kestrel" banner (docs/security.md, "Output").
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(options => options.AddServerHeader = false);
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

    /// <summary>
    /// 406 when the Accept header lists none of the media types the endpoint's success answer can have (RFC 9110
    /// section 15.5.7; FHIR R4 http.html: a format the server cannot give SHOULD be a 406). Endpoints that declare no
    /// produced type, and requests without a usable Accept header, pass.
    /// </summary>
    public static IApplicationBuilder UseAcceptNegotiation(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            var offered = context.GetEndpoint()?.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>()
                .Where(m => m.StatusCode is >= 200 and < 300)
                .SelectMany(m => m.ContentTypes)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (offered is not { Count: > 0 })
                return next(context);
            var ranges = AcceptHeader.Ranges(context.Request);
            if (ranges.Count == 0 || offered.Any(type => AcceptHeader.Accepts(ranges, type)))
                return next(context);
            var report = ErrorReport.ForStatus(StatusCodes.Status406NotAcceptable, $"This endpoint answers {string.Join(", ", offered)}; the Accept header lists none of them.");
            return context.RequestServices.GetRequiredService<ErrorRenderer>().WriteAsync(context, report);
        });

    public static TBuilder WithRequestBodyLimit<TBuilder>(this TBuilder builder, long maxBytes = RequestBodyLimit.DefaultMaxBytes)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestBodyLimit(maxBytes));
}
