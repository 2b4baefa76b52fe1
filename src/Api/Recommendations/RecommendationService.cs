namespace CdsService.Api.Recommendations;

using CdsService.Api.Auth;
using CdsService.Api.Logging;
using CdsService.Api.Persistence.Audit;
using CdsService.Api.Recommendations.Contracts;
using CdsService.Rules.Engine;

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
    /// <summary>Evaluates, audits, and returns the answer serialized once: the stored output and the body sent are the same text.</summary>
    public async Task<string> EvaluateAsync(RecommendationRequest request, Caller? caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();

        var started = time.GetTimestamp();
        var panel = PatientPanelMapper.ToPanel(request);
        var evaluation = engine.Evaluate(panel, PatientPanelMapper.ToLens(request.Ranking));
        var evaluatedAt = time.GetUtcNow();
        var evaluationId = Guid.CreateVersion7(evaluatedAt);
        var body = documents.Json(evaluation, evaluationId, evaluatedAt);
        var elapsed = time.GetElapsedTime(started);

        await audit.SaveAsync(
            EvaluationAuditEntry.Of(evaluation, EvaluationChannels.Rest, evaluationId, evaluatedAt, panel.PatientId, AuditJson.Input(panel, evaluation.Ranking.Lens), body, elapsed)
                .By(caller),
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

        return body;
    }
}
