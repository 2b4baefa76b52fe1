namespace CdsService.Api.Recommendations;

using CdsService.Api.Logging;
using CdsService.Api.Recommendations.Contracts;
using CdsService.Rules.Engine;

/// <summary>
/// The REST evaluation path: request to panel, engine, answer. Kept in one place so that the audit step (store the
/// input, the answer, the knowledge-base stamp and the duration before answering) slots in here.
/// </summary>
public sealed class RecommendationService(CdsEngine engine, TimeProvider time, ILogger<RecommendationService> logger)
{
    public Task<RecommendationResponse> EvaluateAsync(RecommendationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();

        var started = time.GetTimestamp();
        var panel = PatientPanelMapper.ToPanel(request);
        var evaluation = engine.Evaluate(panel);
        var evaluatedAt = time.GetUtcNow();
        var evaluationId = Guid.CreateVersion7(evaluatedAt);
        var response = RecommendationResponseMapper.ToResponse(
            evaluation, evaluationId, evaluatedAt.UtcDateTime, engine.KnowledgeBase.RankingPolicyVersion);

        var elapsedMs = time.GetElapsedTime(started).TotalMilliseconds;
        logger.EvaluationCompleted(
            evaluationId,
            evaluation.KnowledgeBase.Version,
            evaluation.KnowledgeBase.Hash,
            evaluation.InputsUsed.Count,
            evaluation.Findings.Count,
            evaluation.Options.Count,
            evaluation.Warnings.Count,
            elapsedMs);

        return Task.FromResult(response);
    }
}
