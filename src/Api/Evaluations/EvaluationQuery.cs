namespace CdsService.Api.Evaluations;

using CdsService.Api.Validation;

/// <summary>Query string of GET /api/v1/evaluations: patientId, from (inclusive), to (exclusive), page, pageSize.</summary>
public sealed record EvaluationQuery(string? PatientId, DateTimeOffset? From, DateTimeOffset? To, int? Page, int? PageSize)
{
    public int PageOrDefault => Page ?? 1;
    public int PageSizeOrDefault => PageSize ?? Paging.DefaultPageSize;

    public Dictionary<string, string[]> Validate() => Paging.Validate(PatientId, From, To, Page, PageSize);
}
