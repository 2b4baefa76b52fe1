namespace CdsService.Api.Telemetry;

using System.ComponentModel.DataAnnotations;

/// <summary>Configuration section "Telemetry" (docs/operations.md): where metrics and traces go.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>The port of the Prometheus scrape endpoint (/metrics), never the API's port; 0 turns it off.</summary>
    [Range(0, 65535)]
    public int PrometheusPort { get; set; } = 9464;

    /// <summary>OTLP collector (e.g. http://otel-collector:4317); traces and metrics are pushed there when set.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>"grpc" (port 4317) or "http/protobuf" (port 4318), as OTEL_EXPORTER_OTLP_PROTOCOL names them.</summary>
    [RegularExpression("^(grpc|http/protobuf)$")]
    public string OtlpProtocol { get; set; } = "grpc";
}
