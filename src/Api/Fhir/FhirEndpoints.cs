namespace CdsService.Api.Fhir;

using CdsService.Api.Auth;
using CdsService.Api.Errors;
using CdsService.Api.Http;
using CdsService.Fhir;
using CdsService.Fhir.Outbound;
using CdsService.Rules.Engine;
using Microsoft.AspNetCore.Http.HttpResults;

/// <summary>
/// The FHIR R4 routes (docs/fhir.md): POST /fhir/$evaluate, GET /fhir/metadata and the operation's
/// definition. Bodies and answers are application/fhir+json; every error is an OperationOutcome (the group's
/// <see cref="ErrorChannel.Fhir"/> metadata, written by <see cref="ErrorRenderer"/>).
/// </summary>
public static class FhirEndpoints
{
    public const string BasePath = "/fhir";

    public static IEndpointRouteBuilder MapFhir(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var fhir = endpoints.MapGroup(BasePath).WithTags("FHIR R4").WithRequestBodyLimit().WithErrorChannel(ErrorChannel.Fhir).RefuseOtherRepresentations();
        fhir.MapPost("/$evaluate", Evaluate)
            .RequireClinicalApiAuth()
            .RequireScope(ApiScopes.Evaluate)
            .WithName("FhirEvaluate")
            .WithSummary("Evaluate one patient's mCODE / Genomics Reporting Observations; answer a FHIR collection Bundle")
            .WithDescription("Body: a Bundle (any type) or a Parameters holding one as parameter 'bundle', as application/fhir+json. The Parameters may add 'ranking' (valueCode or valueString \"current\", the default, or \"review\") to choose the ranking lens. Errors are OperationOutcome: 400 unreadable FHIR or an unknown ranking, 406 an Accept this server cannot answer, 413 too large, 415 other media types, 422 values that cannot be evaluated.");
        fhir.MapGet("/metadata", Metadata).WithName("FhirCapabilityStatement").WithSummary("The FHIR CapabilityStatement of this server");
        fhir.MapGet("/OperationDefinition/evaluate", OperationDefinition).WithName("FhirEvaluateDefinition").WithSummary("The definition of $evaluate");
        return endpoints;
    }

    private static async Task<Results<FhirResult, ErrorResult>> Evaluate(HttpRequest request, FhirEvaluationService service, CancellationToken cancellationToken)
    {
        if (!FhirRequestReader.IsFhirJson(request))
        {
            return new ErrorResult(ErrorReport.ForStatus(StatusCodes.Status415UnsupportedMediaType, $"Send the body as {FhirJson.MediaType} (FHIR R4 JSON)."));
        }

        var json = await FhirRequestReader.ReadAsync(request, RequestBodyLimit.DefaultMaxBytes, cancellationToken);
        return await service.EvaluateAsync(json, request.HttpContext.RequireCaller(), cancellationToken);
    }

    private static FhirResult Metadata(HttpRequest request, FhirBaseUrl baseUrl, TimeProvider time) =>
        new(CapabilityStatementFactory.Create(baseUrl.For(request), CdsEngine.EngineVersion, time.GetUtcNow()));

    private static FhirResult OperationDefinition(HttpRequest request, FhirBaseUrl baseUrl) => new(CapabilityStatementFactory.Operation(baseUrl.For(request)));
}
