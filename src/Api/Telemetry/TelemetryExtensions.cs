namespace CdsService.Api.Telemetry;

public static class TelemetryExtensions
{
    public static IHostApplicationBuilder AddCdsTelemetry(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return builder;
    }
}
