namespace CdsService.Api.Tests.CdsHooks;

using System.Collections.Concurrent;
using System.Text.Json;
using CdsService.Api.CdsHooks.Evaluation;
using CdsService.Api.CdsHooks.Requests;
using CdsService.Rules.Engine;
using CdsService.Rules.Model;

/// <summary>Stands in for mapping + engine where a test fixes the clinical answer; records what it was given.</summary>
public sealed class CannedEvaluator : ICdsHooksEvaluator
{
    public Func<Evaluation> Next { get; set; } = () => EvaluationFixtures.Build(Her2Status.Unknown, inputs: []);

    public ConcurrentQueue<IReadOnlyList<JsonElement>> Calls { get; } = new();

    public Task<HookEvaluation> EvaluateAsync(string serviceId, CdsHookRequest request, IReadOnlyList<JsonElement> resources, CancellationToken cancellationToken)
    {
        Calls.Enqueue(resources);
        return Task.FromResult(new HookEvaluation(Guid.CreateVersion7(), DateTimeOffset.UtcNow, Next(), "{}", TimeProvider.System.GetTimestamp()));
    }
}
