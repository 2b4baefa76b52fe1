namespace CdsService.Api.Fhir;

using Microsoft.Extensions.DependencyInjection.Extensions;

public static class FhirExtensions
{
    /// <summary>The FHIR evaluation service; its errors are OperationOutcomes by the /fhir group's error channel.</summary>
    public static IHostApplicationBuilder AddCdsFhir(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<FhirEvaluationService>();
        builder.Services.AddOptions<FhirOptions>().BindConfiguration(FhirOptions.SectionName)
            .Validate(o => string.IsNullOrWhiteSpace(o.PublicBaseUrl) || (Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" && u.Query.Length == 0),
                "Fhir:PublicBaseUrl must be an absolute http(s) URL without a query (the base of every canonical URL the FHIR routes write).")
            .ValidateOnStart();
        builder.Services.AddSingleton<FhirBaseUrl>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }
}
