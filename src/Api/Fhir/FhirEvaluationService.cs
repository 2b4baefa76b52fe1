namespace CdsService.Api.Fhir;

using CdsService.Fhir.Inbound;
using CdsService.Fhir.Outbound;
using CdsService.Rules.Engine;
using Hl7.Fhir.Model;

/// <summary>
/// The FHIR evaluation path: FHIR JSON to panel (CdsService.Fhir), engine, collection Bundle. Unreadable FHIR throws
/// <see cref="CdsService.Fhir.FhirInputException"/> (400); field errors of the mapping answer 422. The audit step
/// (channel "fhir") slots in here, as on the REST path.
/// </summary>
public sealed class FhirEvaluationService(CdsEngine engine, TimeProvider time, ILogger<FhirEvaluationService> logger)
{
    private readonly EvaluationBundleBuilder _builder = EvaluationBundleBuilder.For(engine.KnowledgeBase);

    public FhirResult Evaluate(string json)
    {
        var started = time.GetTimestamp();
        var mapping = PatientPanelMapper.Map(json);
        if (mapping.HasErrors) return new FhirResult(OperationOutcomeFactory.FromMapping(mapping), StatusCodes.Status422UnprocessableEntity);

        var evaluation = engine.Evaluate(mapping.Panel);
        var evaluatedAt = time.GetUtcNow();
        var stamp = new EvaluationStamp(Guid.CreateVersion7(evaluatedAt), evaluatedAt);
        Bundle bundle = _builder.Build(evaluation, mapping, stamp);
        var elapsedMs = time.GetElapsedTime(started).TotalMilliseconds;
        logger.FhirEvaluationCompleted(stamp.EvaluationId, evaluation.KnowledgeBase.Version, evaluation.KnowledgeBase.Hash, mapping.Used.Count,
            mapping.NotUnderstood.Count, evaluation.Findings.Count, evaluation.Options.Count, elapsedMs);
        return new FhirResult(bundle);
    }
}
