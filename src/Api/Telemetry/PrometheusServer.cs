namespace CdsService.Api.Telemetry;

using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

/// <summary>
/// The Prometheus scrape endpoint, GET /metrics, on its own Kestrel listener (Telemetry:PrometheusPort): never on the
/// public API port, so the network policy can open it to the monitoring system alone (docs/operations.md). Anything
/// else on that port is a 404.
/// </summary>
internal sealed partial class PrometheusServer(IOptions<TelemetryOptions> options, MeterProvider meterProvider, ILogger<PrometheusServer> logger)
    : IHostedService, IAsyncDisposable
{
    public const string Path = "/metrics";

    private WebApplication? _app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var port = options.Value.PrometheusPort;
        if (port == 0)
            return;
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.ListenAnyIP(port));
        _app = builder.Build();
        _app.UseOpenTelemetryPrometheusScrapingEndpoint(meterProvider, context => context.Request.Path == Path, Path, null, null);
        _app.Run(static context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        try
        {
            await _app.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            throw new InvalidOperationException($"Telemetry:PrometheusPort {port} cannot be bound ({e.Message}). Choose a free port, or 0 to turn /metrics off.", e);
        }

        LogListening(logger, port, Path);
    }

    public Task StopAsync(CancellationToken cancellationToken) => _app?.StopAsync(cancellationToken) ?? Task.CompletedTask;

    public ValueTask DisposeAsync() => _app?.DisposeAsync() ?? ValueTask.CompletedTask;

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Prometheus metrics on port {Port}, path {Path}")]
    private static partial void LogListening(ILogger logger, int port, string path);
}
