namespace CdsService.Fhir.Outbound;

/// <summary>What the channel adds to an evaluation: its id (also the audit row's) and when it was made.</summary>
public sealed record EvaluationStamp(Guid EvaluationId, DateTimeOffset EvaluatedAt);
