namespace CdsService.Api.Security;

using CdsService.Api.Auth;
using CdsService.Api.Validation;

/// <summary>Query string of GET /api/v1/access-log: callerId, patientId, from (inclusive), to (exclusive), page, pageSize.</summary>
public sealed record AccessLogQuery(string? CallerId, string? PatientId, DateTimeOffset? From, DateTimeOffset? To, int? Page, int? PageSize)
{
    public int PageOrDefault => Page ?? 1;
    public int PageSizeOrDefault => PageSize ?? Paging.DefaultPageSize;

    public Dictionary<string, string[]> Validate()
    {
        var errors = Paging.Validate(PatientId, From, To, Page, PageSize);
        if (CallerId is { Length: > Caller.MaxLength })
            errors["callerId"] = [$"callerId must be at most {Caller.MaxLength} characters."];
        return errors;
    }
}
