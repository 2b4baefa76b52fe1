namespace CdsService.Api.Batches.Input;

using CdsService.Api.Recommendations.Contracts;

/// <summary>One patient row of a submitted file: the request it maps to, or the reasons it cannot be evaluated.</summary>
public sealed record ParsedRow(int Row, RecommendationRequest? Request, IReadOnlyList<RowError> Errors)
{
    public bool IsValid => Request is not null && Errors.Count == 0;
}
