namespace CdsService.Api.CdsHooks.Evaluation;

using System.Text.Json;
using CdsService.Api.CdsHooks.Requests;

/// <summary>FHIR resources of one hook call -> the FHIR mapping -> the rules engine's evaluation.</summary>
public interface ICdsHooksEvaluator
{
    Task<HookEvaluation> EvaluateAsync(string serviceId, CdsHookRequest request, IReadOnlyList<JsonElement> resources, CancellationToken cancellationToken);
}

/// <summary>
/// The engine's answer with the id the report link and the audit row share, the panel the audit stores, and the
/// input resources not used ("reference: reason") that the card detail lists.
/// </summary>
public sealed record HookEvaluation(
    Guid EvaluationId, DateTimeOffset EvaluatedAt, Rules.Engine.Evaluation Result, string PanelJson, long StartedTimestamp,
    IReadOnlyList<string>? NotUsed = null);
