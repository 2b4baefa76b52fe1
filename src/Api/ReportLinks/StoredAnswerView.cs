namespace CdsService.Api.ReportLinks;

using System.Text.Json;

/// <summary>
/// GET /reports/evaluations/{id}/answer: what the clinician page's read-only view draws (docs/app.md). The answer in the
/// REST shape whichever channel produced it, with the stored provenance of the evaluation; for a SMART launch also the
/// launch's note of what was read from the EHR and what was not used (docs/smart.md, "What is stored").
/// </summary>
public sealed record StoredAnswerView(Guid EvaluationId, DateTimeOffset EvaluatedAt, string Channel, string? PatientId, JsonElement Answer)
{
    public JsonElement? Launch { get; init; }
}
