namespace CdsService.Api.Auth;

using CdsService.Api.Persistence.Audit;

/// <summary>Row filters for listings: a caller without read:all sees only rows stored under the ids it owns.</summary>
public static class CallerQueries
{
    public static IQueryable<EvaluationRecord> VisibleTo(this IQueryable<EvaluationRecord> rows, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.ReadsAll)
            return rows;
        if (!caller.Has(ApiScopes.ReadOwn))
            return rows.Where(_ => false);
        var owners = caller.Owners.ToArray();
        return rows.Where(r => r.CallerId != null && owners.Contains(r.CallerId));
    }
}
