namespace CdsService.Api.CdsHooks;

using CdsService.Api.CdsHooks.Contracts;
using CdsService.Api.CdsHooks.Feedback;
using CdsService.Api.Persistence.Feedback;
using CdsService.Api.Auth;
using CdsService.Api.Errors;
using CdsService.Api.ReportLinks;
using CdsService.Api.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

/// <summary>CDS Hooks 2.0 endpoints: discovery, service calls and feedback under {base}/cds-services (docs/cds-hooks.md).</summary>
public static class CdsHooksEndpoints
{
    public static WebApplication MapCdsHooks(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // docs/cds-hooks.md X1, X2: the CORS middleware (Program.cs, before authentication) answers preflights before any
        // endpoint filter asks for a JWT.
        var group = app.MapGroup("/cds-services")
            .RequireCors(CdsHooksServiceCollectionExtensions.CorsPolicy)
            .AllowAnonymous()
            .AddEndpointFilter<CdsJwtEndpointFilter>()
            .WithErrorChannel(ErrorChannel.CdsHooks)
            .WithTags("CDS Hooks");

        group.MapGet("", Discovery).WithName("CdsHooksDiscovery").WithSummary("CDS Hooks discovery: the services and their prefetch templates.");
        group.MapPost("/{id}", CallAsync).WithName("CdsHooksCall").WithSummary("Calls one CDS service; answers cards.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");
        group.MapPost("/{id}/feedback", FeedbackAsync).WithName("CdsHooksFeedback").WithSummary("Records what the clinician did with a card.");
        return app;
    }

    private static JsonHttpResult<DiscoveryResponse> Discovery(IOptions<CdsHooksOptions> options) =>
        TypedResults.Json(new DiscoveryResponse([.. CdsServiceCatalog.All.Where(s => options.Value.IsEnabled(s.Id))]), CdsHooksJson.Options, "application/json");

    private static async Task<IResult> CallAsync(string id, HttpContext http, CdsHookHandler handler, ReportLinkUrls links, IOptions<CdsHooksOptions> options)
    {
        var (call, error) = await HookCallReader.ReadAsync(id, http.Request, options.Value.IsEnabled);
        if (call is null)
        {
            return error!;
        }

        using (call)
        {
            var identity = http.Items[CdsJwtEndpointFilter.IdentityItem] as CdsClientIdentity;
            var caller = identity?.Caller ?? Caller.Anonymous;
            return await handler.HandleAsync(call.Service, call.Request, identity, evaluationId => links.Evaluation(http.Request, evaluationId, caller), http.RequestAborted);
        }
    }

    private static async Task<IResult> FeedbackAsync(string id, HttpContext http, ICdsHooksFeedbackStore store, IOptions<CdsHooksOptions> options)
    {
        if (CdsServiceCatalog.Find(id) is null || !options.Value.IsEnabled(id))
        {
            return OperationOutcomes.NotFound($"No CDS service '{id}'.");
        }

        var (document, error) = await CdsHooksBody.ReadAsync(http.Request);
        if (document is null)
        {
            return error!;
        }

        using (document)
        {
            var (entries, errors) = FeedbackParser.Parse(document.RootElement, id);
            if (errors.Count > 0)
            {
                return OperationOutcomes.BadRequest(errors);
            }

            await store.SaveAsync(entries, CdsClientIdentity.CallerOf(http), http.RequestAborted);
            return TypedResults.Ok();
        }
    }
}
