namespace CdsService.Api.ReportLinks;

using CdsService.Api.Auth;
using CdsService.Api.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// GET /api/v1/evaluations/{id}/links: signed links to a stored evaluation the caller may read. The clinician page asks
/// for them after an answer, so the report opens in a plain browser tab that cannot send the API key (docs/app.md).
/// </summary>
public static class EvaluationLinkEndpoints
{
    public static IEndpointRouteBuilder MapEvaluationLinks(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/evaluations/{id:guid}/links", LinksAsync)
            .RequireReadScope()
            .WithTags("Evaluations")
            .WithName("GetEvaluationLinks")
            .WithSummary("Signed, expiring links to a stored evaluation: the clinician page's read-only view and the one-patient report.");
        return endpoints;
    }

    public static async Task<Results<Ok<EvaluationLinks>, NotFound>> LinksAsync(
        Guid id, HttpContext http, CdsDbContext db, ReportLinkUrls links, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(links);
        var caller = http.RequireCaller();
        var owner = await db.Evaluations.AsNoTracking().Where(e => e.Id == id).Select(e => new { e.CallerId }).FirstOrDefaultAsync(cancellationToken);
        // The same 404 for a missing row and another caller's row: no existence leak (docs/security.md).
        if (owner is null || !caller.CanRead(owner.CallerId))
            return TypedResults.NotFound();
        return TypedResults.Ok(links.EvaluationLinks(http.Request, id, caller));
    }
}
