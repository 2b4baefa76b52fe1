namespace CdsService.Api.ReportLinks;

using System.Text.Json;

/// <summary>
/// GET /reports/evaluations/{id}/answer: what the clinician page's read-only view draws (docs/app.md). The answer in the
/// REST shape whichever channel produced it, with the stored provenance of the evaluation.
/// </summary>
public sealed record StoredAnswerView(Guid EvaluationId, DateTimeOffset EvaluatedAt, string Channel, string? PatientId, JsonElement Answer);
