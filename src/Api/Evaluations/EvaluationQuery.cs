namespace CdsService.Api.Evaluations;

using CdsService.Api.Persistence.Audit;

/// <summary>Query string of GET /api/v1/evaluations: patientId, from (inclusive), to (exclusive), page, pageSize.</summary>
public sealed record EvaluationQuery(string? PatientId, DateTimeOffset? From, DateTimeOffset? To, int? Page, int? PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public int PageOrDefault => Page ?? 1;
    public int PageSizeOrDefault => PageSize ?? DefaultPageSize;

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (PatientId is { Length: > EvaluationRecord.PatientIdMaxLength })
            errors["patientId"] = ["patientId must be at most 256 characters."];
        if (From is { } from && To is { } to && from > to)
            errors["from"] = ["from must not be after to."];
        if (PageOrDefault < 1)
            errors["page"] = ["page must be 1 or more."];
        if (PageSizeOrDefault is < 1 or > MaxPageSize)
            errors["pageSize"] = ["pageSize must be between 1 and 100."];
        return errors;
    }
}
