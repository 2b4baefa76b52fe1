namespace CdsService.Api.CdsHooks.Evaluation;

using System.Text.Json;
using CdsService.Api.CdsHooks.Requests;
using CdsService.Api.Persistence.Audit;
using CdsService.Rules.Engine;

/// <summary>Reuses the FHIR mapping and the rules engine, so a card says exactly what the REST and FHIR answers say.</summary>
public sealed class CdsHooksEvaluator(IHookPanelReader reader, CdsEngine engine, TimeProvider time) : ICdsHooksEvaluator
{
    public Task<HookEvaluation> EvaluateAsync(
        string serviceId, CdsHookRequest request, IReadOnlyList<JsonElement> resources, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = time.GetTimestamp();
        var reading = reader.Read(FhirCollectionWriter.Write(resources), request.PatientId, request.FhirServer);
        if (reading.Panel is not { } mapped)
        {
            throw new CdsHooksInputException(reading.Errors);
        }

        var panel = mapped with { PatientId = request.PatientId };
        var result = engine.Evaluate(panel);
        var evaluatedAt = time.GetUtcNow();
        return Task.FromResult(new HookEvaluation(Guid.CreateVersion7(evaluatedAt), evaluatedAt, result, AuditJson.Input(panel, result.Ranking.Lens), started, reading.NotUsed));
    }
}
