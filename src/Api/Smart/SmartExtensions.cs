namespace CdsService.Api.Smart;

using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

public static class SmartExtensions
{
    /// <summary>SMART on FHIR EHR launch of the app (docs/smart.md).</summary>
    public static IHostApplicationBuilder AddSmart(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<SmartOptions>().BindConfiguration(SmartOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SmartOptions>, SmartOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        // Like the FHIR client: no redirects followed (SSRF), bounded answers, and no logging, since the token
        // endpoint's request and answer carry codes and tokens (docs/security.md).
        services.AddHttpClient(SmartDiscovery.HttpClientName, (sp, c) =>
            {
                c.Timeout = sp.GetRequiredService<IOptions<SmartOptions>>().Value.EndpointTimeout;
                c.MaxResponseContentBufferSize = 256 * 1024;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .RemoveAllLoggers();
        services.AddSingleton<SmartDiscovery>();
        services.AddSingleton<SmartTokenClient>();
        services.AddSingleton<PendingLaunches>();
        services.AddScoped<SmartPatientEvaluator>();
        return builder;
    }
}
