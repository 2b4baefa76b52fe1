namespace CdsService.Api.Fhir;

using Microsoft.Extensions.DependencyInjection.Extensions;

public static class FhirExtensions
{
    /// <summary>The FHIR evaluation service; its errors are OperationOutcomes by the /fhir group's error channel.</summary>
    public static IHostApplicationBuilder AddCdsFhir(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<FhirEvaluationService>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }
}
