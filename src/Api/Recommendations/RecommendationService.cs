namespace CdsService.Api.Recommendations;

using CdsService.Api.Logging;
using CdsService.Api.Persistence.Audit;
using CdsService.Api.Recommendations.Contracts;
using CdsService.Rules.Engine;
using CdsService.Rules.Vocabulary;

/// <summary>
/// The REST evaluation path: request to panel, engine, answer, audit. The answer is returned only after its audit row
/// is committed; an unreachable database surfaces as DatabaseUnavailableException (503), never as an unaudited 200.
/// </summary>
public sealed class RecommendationService(
    CdsEngine engine,
    IEvaluationAudit audit,
    EvaluationDocuments documents,
    TimeProvider time,
    ILogger<RecommendationService> logger)
{
    public async Task<RecommendationResponse> EvaluateAsync(RecommendationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();

        var started = time.GetTimestamp();
        var panel = PatientPanelMapper.ToPanel(request);
        var evaluation = engine.Evaluate(panel);
        var evaluatedAt = time.GetUtcNow();
        var evaluationId = Guid.CreateVersion7(evaluatedAt);
        var response = documents.Response(evaluation, evaluationId, evaluatedAt);
        var elapsed = time.GetElapsedTime(started);

        // Serialized with the options the endpoint writes the body with, so the stored output is the body sent.
        await audit.SaveAsync(
            new EvaluationAuditEntry(
                evaluationId, evaluatedAt, EvaluationChannels.Rest, panel.PatientId, HookInstance: null,
                AuditJson.Panel(panel), documents.Json(response),
                evaluation.KnowledgeBase.Version, evaluation.KnowledgeBase.Hash, evaluation.EngineVersion, elapsed,
                WireNames.Of(evaluation.Her2.Status)),
            cancellationToken);

        logger.EvaluationCompleted(
            evaluationId,
            evaluation.KnowledgeBase.Version,
            evaluation.KnowledgeBase.Hash,
            evaluation.InputsUsed.Count,
            evaluation.Findings.Count,
            evaluation.Options.Count,
            evaluation.Warnings.Count,
            elapsed.TotalMilliseconds);

        return response;
    }
}
