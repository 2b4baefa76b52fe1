namespace CdsService.Api.Evaluations.Contracts;

/// <summary>A page of evaluations, newest first. <see cref="Total"/> counts every match of the filter.</summary>
public sealed record EvaluationPage(IReadOnlyList<EvaluationSummary> Items, int Page, int PageSize, int Total);
