namespace CdsService.Api.CdsHooks;

using CdsService.Api.CdsHooks.Evaluation;
using CdsService.Api.CdsHooks.Orders;
using CdsService.Api.CdsHooks.Prefetch;
using CdsService.Api.Security;
using CdsService.Rules.Engine;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

/// <summary>Registers the CDS Hooks feature: options, JWT trust, CORS, FHIR fetching, evaluation and stores.</summary>
public static class CdsHooksServiceCollectionExtensions
{
    public const string CorsPolicy = "CdsHooks";

    public static WebApplicationBuilder AddCdsHooks(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<CdsHooksOptions>().BindConfiguration(CdsHooksOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CdsHooksOptions>, CdsHooksOptionsValidator>();
        services.AddSingleton<IPostConfigureOptions<CdsHooksOptions>, CdsHooksDevelopmentDefaults>();
        services.TryAddSingleton(TimeProvider.System);

        // docs/cds-hooks.md X1, X3: explicit origins, the three methods, two headers, no credentials.
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<CdsHooksOptions>>((cors, hooks) => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins([.. hooks.Value.AllowedOrigins])
            .WithMethods("GET", "POST", "OPTIONS")
            .WithHeaders("Authorization", "Content-Type")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));

        // Neither client follows redirects (SSRF), and neither logs URLs: they carry patient ids (docs/security.md).
        services.AddHttpClient(JwksKeyCache.HttpClientName, (sp, c) =>
            {
                c.Timeout = sp.GetRequiredService<IOptions<CdsHooksOptions>>().Value.JwksTimeout;
                c.MaxResponseContentBufferSize = 256 * 1024;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .RemoveAllLoggers();
        services.AddHttpClient(FhirFetcher.HttpClientName, (sp, c) =>
            {
                c.Timeout = sp.GetRequiredService<IOptions<CdsHooksOptions>>().Value.FhirRequestTimeout;
                c.MaxResponseContentBufferSize = FhirFetcher.MaxPageBytes;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .RemoveAllLoggers();

        services.AddSingleton<JwksKeyCache>();
        services.AddScoped<CdsJwtValidator>();
        services.AddSingleton<FhirFetcher>();
        services.AddSingleton<PrefetchResolver>();
        services.AddSingleton<TrastuzumabOrderFinder>();
        services.AddScoped<CdsHookHandler>();

        services.AddScoped<CdsHooksAuditWriter>();
        services.TryAddSingleton<IHookPanelReader, FhirHookPanelReader>();
        services.TryAddSingleton(_ => CdsEngine.CreateDefault());
        services.TryAddScoped<ICdsHooksEvaluator, CdsHooksEvaluator>();
        return builder;
    }
}
