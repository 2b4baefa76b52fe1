namespace CdsService.Api.CdsHooks.Evaluation;

using CdsService.Api.Auth;
using CdsService.Api.CdsHooks.Requests;
using CdsService.Api.Persistence.Audit;
using CdsService.Api.Recommendations;

/// <summary>
/// Audits one hook evaluation on the cds-hooks channel with its hookInstance, storing the exact cards body sent; the
/// answer leaves only after the row is committed (docs/persistence.md). Tokens are never part of it (docs/cds-hooks.md R4).
/// </summary>
public sealed class CdsHooksAuditWriter(IEvaluationAudit audit, EvaluationDocuments documents, TimeProvider time)
{
    public Task SaveAsync(CdsHookRequest request, HookEvaluation evaluation, string cardsJson, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(evaluation);
        var result = evaluation.Result;
        return audit.SaveAsync(
            (EvaluationAuditEntry.Of(result, EvaluationChannels.CdsHooks, evaluation.EvaluationId, evaluation.EvaluatedAt, request.PatientId,
                evaluation.PanelJson, cardsJson, time.GetElapsedTime(evaluation.StartedTimestamp)) with
            {
                HookInstance = request.HookInstance,
                // The card links to the full report of this evaluation: the report reads the REST-shaped evaluation.
                EvaluationJson = documents.Json(result, evaluation.EvaluationId, evaluation.EvaluatedAt),
            }).By(caller),
            cancellationToken);
    }
}
