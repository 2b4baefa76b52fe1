namespace CdsService.Api.Evaluations.Contracts;

/// <summary>One row of the evaluation listing; the full input and output are at GET /api/v1/evaluations/{id}.</summary>
public sealed record EvaluationSummary(
    Guid Id,
    DateTimeOffset CreatedAt,
    string Channel,
    string? PatientId,
    string Her2Status,
    StoredKnowledgeBase KnowledgeBase,
    string EngineVersion);
