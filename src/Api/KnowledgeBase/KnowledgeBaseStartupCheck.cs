namespace CdsService.Api.KnowledgeBase;

using CdsService.Rules.Engine;

/// <summary>
/// Builds the engine before the server accepts requests, so an invalid knowledge base stops the host at start-up
/// (docs/architecture.md, "The knowledge base") instead of failing the first patient's request.
/// </summary>
internal sealed class KnowledgeBaseStartupCheck(IServiceProvider services) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<CdsEngine>();
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
