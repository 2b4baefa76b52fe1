namespace CdsService.Api.Persistence;

using Microsoft.Extensions.Options;

/// <summary>
/// Migrates before the server starts listening when Database:MigrateOnStart says so (default: Development only),
/// so that `dotnet run` just works with either provider.
/// </summary>
internal sealed class StartupMigrator(IServiceProvider services, IOptions<DatabaseOptions> options, IHostEnvironment environment)
    : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) =>
        options.Value.MigrateOnStart ?? environment.IsDevelopment()
            ? DatabaseMigrator.MigrateAsync(services, cancellationToken)
            : Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
