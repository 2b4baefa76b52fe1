namespace CdsService.Api.Batches.Processing;

using System.Text.Json;
using CdsService.Api.Persistence.Audit;
using CdsService.Api.Recommendations;
using CdsService.Api.Recommendations.Contracts;
using CdsService.Rules.Engine;
using CdsService.Rules.Model;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

/// <summary>
/// Evaluates one stored batch row exactly as POST /api/v1/recommendations would (same mapper, engine and response
/// mapper, same JSON options, same normalised audit input) and returns the audit entry to commit with the item.
/// A FHIR row arrives as the panel its mapping produced; from the panel on, every row takes the same path.
/// </summary>
public sealed class BatchEvaluator(CdsEngine engine, TimeProvider time, IOptions<JsonOptions> json)
{
    private readonly JsonSerializerOptions _json = json.Value.SerializerOptions;

    /// <summary>Evaluates one row under the batch's lens; the audit row records that lens.</summary>
    public EvaluationAuditEntry Evaluate(string inputJson, RankingLens lens)
    {
        ArgumentNullException.ThrowIfNull(inputJson);
        var started = time.GetTimestamp();
        var panel = StoredPanel.Holds(inputJson) ? StoredPanel.Read(inputJson) : ToPanel(inputJson);
        var evaluation = engine.Evaluate(panel, lens);
        var evaluatedAt = time.GetUtcNow();
        var id = EvaluationAuditEntry.NewId(evaluatedAt);
        var response = RecommendationResponseMapper.ToResponse(evaluation, id, evaluatedAt.UtcDateTime, engine.KnowledgeBase.RankingPolicyVersion);
        return EvaluationAuditEntry.Of(evaluation, EvaluationChannels.Batch, id, evaluatedAt, panel.PatientId, AuditJson.Input(panel, lens),
            JsonSerializer.Serialize(response, _json), time.GetElapsedTime(started));
    }

    /// <summary>The normalised form stored per item: what the REST endpoint would have bound, nulls left out.</summary>
    public string Normalise(RecommendationRequest request) => JsonSerializer.Serialize(request, _json);

    /// <summary>The form stored for a patient of a FHIR Bundle: the FHIR mapping's panel.</summary>
    public static string Normalise(PatientPanel panel) => StoredPanel.Write(panel);

    private PatientPanel ToPanel(string inputJson) =>
        PatientPanelMapper.ToPanel(JsonSerializer.Deserialize<RecommendationRequest>(inputJson, _json)
            ?? throw new InvalidOperationException("a stored batch item holds no request"));
}
