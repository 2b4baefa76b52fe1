namespace CdsService.Api.Security;

using CdsService.Api.CdsHooks;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

/// <summary>
/// Runs on every /cds-services endpoint, discovery and feedback included (docs/cds-hooks.md J1). CORS preflights never
/// reach it: the CORS middleware answers them before endpoints run (docs/cds-hooks.md X2).
/// </summary>
public sealed class CdsJwtEndpointFilter(IOptions<CdsHooksOptions> options, IHostEnvironment environment) : IEndpointFilter
{
    public const string IdentityItem = "CdsHooks.Client";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (!options.Value.JwtRequired(environment.IsDevelopment()))
        {
            return await next(context);
        }

        // CDS Hooks 2.0 §Trusting CDS Clients: aud is "the URL of the CDS Service endpoint being invoked", as the
        // client sees it, hence the configured public base and never the Host header.
        if (string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl))
        {
            return new BareUnauthorized();
        }

        var audience = options.Value.PublicBaseUrl.TrimEnd('/') + http.Request.Path.Value;
        // The validator is per request: its replay store is a database context.
        var validator = http.RequestServices.GetRequiredService<CdsJwtValidator>();
        var identity = await validator.ValidateAsync(http.Request.Headers.Authorization.ToString(), audience, http.RequestAborted);
        if (identity is null)
        {
            return new BareUnauthorized();
        }

        http.Items[IdentityItem] = identity;
        return await next(context);
    }

    /// <summary>docs/cds-hooks.md E3: 401 "without any additional information", so status-code pages are switched off too.</summary>
    private sealed class BareUnauthorized : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var pages = httpContext.Features.Get<IStatusCodePagesFeature>();
            if (pages is not null)
            {
                pages.Enabled = false;
            }

            httpContext.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }
    }
}
