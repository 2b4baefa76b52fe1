namespace CdsService.Api.Telemetry;

using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

public static class TelemetryExtensions
{
    public const string ServiceName = "cdsservice";

    /// <summary>
    /// OpenTelemetry traces (ASP.NET Core, HttpClient, EF Core) and metrics (the service's <see cref="CdsMetrics"/>,
    /// ASP.NET Core, Kestrel, HttpClient, runtime), exported to Prometheus on its own port and to OTLP when configured
    /// (docs/operations.md). Span attributes pass <see cref="SpanAttributeAllowlist"/> before any exporter.
    /// </summary>
    public static IHostApplicationBuilder AddCdsTelemetry(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => string.IsNullOrWhiteSpace(o.OtlpEndpoint) || Uri.TryCreate(o.OtlpEndpoint, UriKind.Absolute, out _),
                "Telemetry:OtlpEndpoint must be an absolute URL, e.g. http://otel-collector:4317.")
            .ValidateOnStart();
        services.AddSingleton<CdsMetrics>();
        services.AddSingleton<DatabaseCommandTimer>();

        var settings = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = Uri.TryCreate(settings.OtlpEndpoint, UriKind.Absolute, out var endpoint) ? endpoint : null;
        var protocol = settings.OtlpProtocol == "http/protobuf" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;

        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName, serviceVersion: typeof(TelemetryExtensions).Assembly.GetName().Version?.ToString()))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(CdsMetrics.MeterName)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation();
                // No response cache: a scrape sees every count made before it (Prometheus scrapes every 15 s or more,
                // so the cache's protection against scrape storms buys nothing here).
                if (settings.PrometheusPort != 0)
                    metrics.AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0);
                if (otlp is not null)
                    metrics.AddOtlpExporter(o => { o.Endpoint = otlp; o.Protocol = protocol; });
            })
            .WithTracing(tracing =>
            {
                // Probes would be most of the spans and say nothing.
                tracing.AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
                    .AddHttpClientInstrumentation()
                    .AddEntityFrameworkCoreInstrumentation()
                    .AddProcessor(new SpanAttributeAllowlist());
                if (otlp is not null)
                    tracing.AddOtlpExporter(o => { o.Endpoint = otlp; o.Protocol = protocol; });
                else
                    tracing.SetSampler(new AlwaysOffSampler()); // nobody would receive the spans: record none
            });
        if (settings.PrometheusPort != 0)
            services.AddHostedService<PrometheusServer>();
        return builder;
    }
}
