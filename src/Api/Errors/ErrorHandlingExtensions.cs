namespace CdsService.Api.Errors;

using Microsoft.Extensions.DependencyInjection.Extensions;

public static class ErrorHandlingExtensions
{
    /// <summary>
    /// One renderer for every error: the exception handler, bare status codes (404, 405, an authentication challenge)
    /// and every ProblemDetails result all write through <see cref="ErrorRenderer"/> in the route's channel.
    /// </summary>
    public static IHostApplicationBuilder AddCdsProblemDetails(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<ErrorChannelResolver>();
        services.AddSingleton<ErrorRenderer>();
        services.AddProblemDetails();
        // The framework's default writer refuses an Accept it cannot serve (a browser's), which ends in a 500.
        services.RemoveAll<IProblemDetailsWriter>();
        services.AddSingleton<IProblemDetailsWriter, ChannelProblemDetailsWriter>();
        services.AddExceptionHandler<ChannelExceptionHandler>();
        return builder;
    }

    /// <summary>Bodiless error statuses (an authentication challenge, a 404 or 405 from routing) get a body in the route's channel.</summary>
    public static IApplicationBuilder UseCdsStatusCodePages(this IApplicationBuilder app) =>
        app.UseStatusCodePages(context =>
        {
            var http = context.HttpContext;
            return http.RequestServices.GetRequiredService<ErrorRenderer>().WriteAsync(http, ErrorReport.ForStatus(http.Response.StatusCode));
        });
}
