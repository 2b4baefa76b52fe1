namespace CdsService.Api.Evaluations.Contracts;

using System.Text.Json;

/// <summary>A stored evaluation: what went in (normalised panel), what came out (the answer as sent), and provenance.</summary>
public sealed record EvaluationResponse(
    Guid Id,
    DateTimeOffset CreatedAt,
    string Channel,
    string? PatientId,
    string? HookInstance,
    string Her2Status,
    StoredKnowledgeBase KnowledgeBase,
    string EngineVersion,
    string RankingLens,
    double DurationMs,
    JsonElement Input,
    JsonElement Output);
