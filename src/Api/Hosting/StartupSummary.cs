namespace CdsService.Api.Hosting;

using CdsService.Api.Auth;
using CdsService.Api.CdsHooks;
using CdsService.Api.Persistence;
using CdsService.Api.Telemetry;
using Microsoft.Extensions.Options;

/// <summary>
/// One start-up line an operator can check against what they meant to deploy: the environment that really runs, the
/// database provider, and whether each channel requires credentials; plus a critical line when AllowInsecure is used.
/// </summary>
internal sealed class StartupSummary(
    IHostEnvironment environment, IConfiguration configuration, IOptions<DatabaseOptions> database, IOptions<AuthOptions> auth,
    IOptions<CdsHooksOptions> hooks, IOptions<TelemetryOptions> telemetry, ILogger<StartupSummary> logger) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        if (logger.IsEnabled(LogLevel.Information))
            LogSummary();
        var weaknesses = InsecureModeValidator.Weaknesses(configuration, environment);
        if (!environment.IsDevelopment() && weaknesses.Count > 0)
        {
            var list = string.Join(" and ", weaknesses);
            HostingLog.Insecure(logger, list, environment.EnvironmentName);
        }

        return Task.CompletedTask;
    }

    private void LogSummary()
    {
        var a = auth.Value;
        var restAuth = a.Required
            ? $"required ({a.ApiKeys.Count} API key(s), JWT authority {(a.HasJwt ? "configured" : "none")})"
            : "NOT required";
        var h = hooks.Value;
        var hooksJwt = h.JwtRequired(environment.IsDevelopment())
            ? $"required ({h.TrustedClients.Count} trusted client(s))"
            : "NOT required";
        var t = telemetry.Value;
        var provider = database.Value.Provider.ToString();
        var metrics = t.PrometheusPort == 0 ? "off" : $"http://*:{t.PrometheusPort}/metrics";
        var otlp = string.IsNullOrWhiteSpace(t.OtlpEndpoint) ? "off" : "on";
        HostingLog.Starting(logger, environment.EnvironmentName, provider, restAuth, hooksJwt, metrics, otlp);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
