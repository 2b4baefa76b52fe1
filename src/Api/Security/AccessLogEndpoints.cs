namespace CdsService.Api.Security;

using CdsService.Api.Auth;
using CdsService.Api.Persistence;
using CdsService.Api.Persistence.Access;
using CdsService.Api.Security.Contracts;
using CdsService.Api.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

public static class AccessLogEndpoints
{
    /// <summary>Maps /access-log on the /api/v1 group: the admin scope reads who read which patient's data.</summary>
    public static IEndpointRouteBuilder MapAccessLog(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/access-log", ListAccessLog)
            .RequireScope(ApiScopes.Admin)
            .WithTags("Security")
            .WithName("ListAccessLog")
            .WithSummary("Every read of stored patient data (evaluations, reports, batches, listings): who, what, when and from where; newest first, paged.");
        return app;
    }

    public static async Task<Results<Ok<AccessLogPage>, ValidationProblem>> ListAccessLog(
        [AsParameters] AccessLogQuery query, HttpContext http, CdsDbContext db, IAccessLog accessLog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = query.Validate();
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var matches = db.Set<AccessLogRecord>().AsNoTracking();
        if (query.CallerId is not null)
            matches = matches.Where(r => r.CallerId == query.CallerId);
        if (query.PatientId is not null)
            matches = matches.Where(r => r.PatientId == query.PatientId);
        if (query.From is { } from)
            matches = matches.Where(r => r.At >= from.ToUniversalTime());
        if (query.To is { } to)
            matches = matches.Where(r => r.At < to.ToUniversalTime());

        var total = await matches.CountAsync(cancellationToken);
        var items = await matches
            .OrderByDescending(r => r.At).ThenByDescending(r => r.Id)
            .Skip(Paging.Skip(query.PageOrDefault, query.PageSizeOrDefault)).Take(query.PageSizeOrDefault)
            .Select(r => new AccessLogEntryResponse(r.Id, r.At, r.CallerId, r.CallerClient, r.Action, r.ResourceId, r.PatientId, r.Rows, r.RemoteAddress))
            .ToListAsync(cancellationToken);
        // The log names patients too: reading it is itself a read.
        await accessLog.RecordAsync(http, AccessActions.ListAccessLog, null, query.PatientId, items.Count);
        return TypedResults.Ok(new AccessLogPage(items, query.PageOrDefault, query.PageSizeOrDefault, total));
    }
}
