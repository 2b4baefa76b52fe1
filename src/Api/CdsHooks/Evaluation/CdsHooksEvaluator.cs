namespace CdsService.Api.CdsHooks.Evaluation;

using System.Diagnostics;
using System.Text.Json;
using CdsService.Api.CdsHooks.Requests;
using CdsService.Rules.Engine;

/// <summary>Reuses the FHIR mapping and the rules engine, so a card says exactly what the REST and FHIR answers say.</summary>
public sealed class CdsHooksEvaluator(IHookPanelReader reader, CdsEngine engine, ICdsHooksAudit audit, TimeProvider time) : ICdsHooksEvaluator
{
    public async Task<HookEvaluation> EvaluateAsync(
        string serviceId, CdsHookRequest request, IReadOnlyList<JsonElement> resources, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = Stopwatch.GetTimestamp();
        var bundle = FhirCollectionWriter.Write(resources);
        var panel = reader.Read(bundle) with { PatientId = request.PatientId };
        var result = engine.Evaluate(panel);
        var evaluation = new HookEvaluation(Guid.NewGuid(), time.GetUtcNow(), result);
        await audit.RecordAsync(
            new HookAuditRecord(evaluation.EvaluationId, serviceId, request.Hook, request.HookInstance, request.PatientId, bundle, result,
                evaluation.EvaluatedAt, Stopwatch.GetElapsedTime(started)),
            cancellationToken);
        return evaluation;
    }
}
