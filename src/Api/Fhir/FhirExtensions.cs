namespace CdsService.Api.Fhir;

using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;

public static class FhirExtensions
{
    /// <summary>
    /// The FHIR evaluation service and its OperationOutcome exception handler. The handler is put first among the
    /// exception handlers (they run in registration order) so /fhir errors never fall through to problem+json.
    /// </summary>
    public static IHostApplicationBuilder AddCdsFhir(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<FhirEvaluationService>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IExceptionHandler, FhirExceptionHandler>());
        return builder;
    }
}
