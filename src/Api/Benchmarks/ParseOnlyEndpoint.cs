namespace CdsService.Api.Benchmarks;

using CdsService.Api.CdsHooks;
using CdsService.Api.CdsHooks.Contracts;
using CdsService.Api.CdsHooks.Evaluation;
using CdsService.Api.CdsHooks.Prefetch;
using CdsService.Api.Errors;
using CdsService.Fhir;

/// <summary>
/// The comparison point of the CDS Hooks bar (docs/architecture.md, "Performance bars"): what any implementation must do with a hook call
/// before it can evaluate it - read the JSON body, validate the CDS Hooks request, collect the prefetch and deserialize
/// it into FHIR resources - through the production code, with no evaluation, cards or audit. Never part of a
/// deployment: mapped only in Development when Benchmarks:ParseOnlyEndpoint is true (benchmarks/load).
/// </summary>
public static class ParseOnlyEndpoint
{
    public const string SwitchKey = "Benchmarks:ParseOnlyEndpoint";

    public static WebApplication MapParseOnlyBenchmark(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Environment.IsDevelopment() && app.Configuration.GetValue<bool>(SwitchKey))
        {
            app.MapPost("/benchmarks/parse-only/{id}", ParseAsync).WithErrorChannel(ErrorChannel.CdsHooks).ExcludeFromDescription();
        }

        return app;
    }

    private static async Task<IResult> ParseAsync(string id, HttpContext http, PrefetchResolver resolver)
    {
        var (call, error) = await HookCallReader.ReadAsync(id, http.Request, _ => true);
        if (call is null)
        {
            return error!;
        }

        using (call)
        {
            // No fhirServer is used: the benchmark payload carries its whole prefetch.
            var data = await resolver.ResolveAsync(call.Request, call.Service.Prefetch, null, http.RequestAborted);
            if (!data.Succeeded)
            {
                return OperationOutcomes.PreconditionFailed(data.Failure!);
            }

            var parsed = FhirJson.Parse(FhirCollectionWriter.Write(data.Resources));
            return TypedResults.Ok(new { resourceType = parsed.TypeName, resources = data.Resources.Count });
        }
    }
}
