namespace CdsService.Api.Fhir;

using CdsService.Api.Auth;
using CdsService.Api.Persistence.Audit;
using EvaluationDocuments = CdsService.Api.Recommendations.EvaluationDocuments;
using CdsService.Fhir;
using CdsService.Fhir.Inbound;
using CdsService.Fhir.Outbound;
using CdsService.Rules.Engine;

/// <summary>
/// The FHIR evaluation path: FHIR JSON to panel (CdsService.Fhir), engine, collection Bundle, audit (channel "fhir").
/// Unreadable FHIR throws <see cref="FhirInputException"/> (400); field errors of the mapping answer 422 and are not
/// evaluations; an unknown <c>ranking</c> parameter is a 400 naming it. As on the REST path, the Bundle is returned
/// only after its audit row (with the ranking lens) is committed.
/// </summary>
public sealed class FhirEvaluationService(
    CdsEngine engine, IEvaluationAudit audit, EvaluationDocuments documents, TimeProvider time, ILogger<FhirEvaluationService> logger)
{
    private readonly EvaluationBundleBuilder _builder = EvaluationBundleBuilder.For(engine.KnowledgeBase);

    public async Task<FhirResult> EvaluateAsync(string json, Caller? caller, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var (mapping, lens) = EvaluateRequest.Read(json);
        if (mapping.HasErrors) return new FhirResult(OperationOutcomeFactory.FromMapping(mapping), StatusCodes.Status422UnprocessableEntity);

        var evaluation = engine.Evaluate(mapping.Panel, lens);
        var evaluatedAt = time.GetUtcNow();
        var stamp = new EvaluationStamp(Guid.CreateVersion7(evaluatedAt), evaluatedAt);
        var body = FhirJson.Serialize(_builder.Build(evaluation, mapping, stamp));
        var elapsed = time.GetElapsedTime(started);

        // The stored output is the body sent; the input is the normalised panel, as for every channel.
        await audit.SaveAsync(
            (EvaluationAuditEntry.Of(evaluation, EvaluationChannels.Fhir, stamp.EvaluationId, evaluatedAt, mapping.Panel.PatientId,
                AuditJson.Input(mapping.Panel, lens), body, elapsed) with
            {
                EvaluationJson = documents.Json(evaluation, stamp.EvaluationId, evaluatedAt),
            }).By(caller),
            cancellationToken);

        logger.FhirEvaluationCompleted(stamp.EvaluationId, evaluation.KnowledgeBase.Version, evaluation.KnowledgeBase.Hash, mapping.Used.Count,
            mapping.NotUnderstood.Count, evaluation.Findings.Count, evaluation.Options.Count, elapsed.TotalMilliseconds);
        return FhirResult.FromJson(body);
    }
}
