namespace CdsService.Api.Fhir;

using CdsService.Api.Auth;
using CdsService.Api.Http;
using CdsService.Fhir;
using CdsService.Fhir.Outbound;
using CdsService.Rules.Engine;
using IssueType = Hl7.Fhir.Model.OperationOutcome.IssueType;

/// <summary>
/// The FHIR R4 routes of DESIGN.md section 6: POST /fhir/$evaluate, GET /fhir/metadata and the operation's
/// definition. Bodies and answers are application/fhir+json; every error is an OperationOutcome
/// (<see cref="FhirExceptionHandler"/>).
/// </summary>
public static class FhirEndpoints
{
    public const string BasePath = "/fhir";
    public const long MaxBodyBytes = RequestBodyLimit.DefaultMaxBytes;

    public static IEndpointRouteBuilder MapFhir(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var fhir = endpoints.MapGroup(BasePath).WithTags("FHIR R4").WithRequestBodyLimit(MaxBodyBytes);
        fhir.MapPost("/$evaluate", Evaluate)
            .RequireClinicalApiAuth()
            .RequireScope(ApiScopes.Evaluate)
            .WithName("FhirEvaluate")
            .WithSummary("Evaluate one patient's mCODE / Genomics Reporting Observations; answer a FHIR collection Bundle")
            .WithDescription("Body: a Bundle (any type) or a Parameters holding one, as application/fhir+json. Errors are OperationOutcome: 400 unreadable FHIR, 413 too large, 415 other media types, 422 values that cannot be evaluated.");
        fhir.MapGet("/metadata", Metadata).WithName("FhirCapabilityStatement").WithSummary("The FHIR CapabilityStatement of this server");
        fhir.MapGet("/OperationDefinition/evaluate", OperationDefinition).WithName("FhirEvaluateDefinition").WithSummary("The definition of $evaluate");

        // Unknown paths and methods under /fhir answer in FHIR too, not in problem+json.
        fhir.MapFallback(NotFound).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<FhirResult> Evaluate(HttpRequest request, FhirEvaluationService service, CancellationToken cancellationToken)
    {
        if (!FhirRequestReader.IsFhirJson(request))
        {
            return new FhirResult(
                OperationOutcomeFactory.Create(IssueType.NotSupported, $"Send the body as {FhirJson.MediaType} (FHIR R4 JSON)."),
                StatusCodes.Status415UnsupportedMediaType);
        }

        var json = await FhirRequestReader.ReadAsync(request, MaxBodyBytes, cancellationToken);
        return await service.EvaluateAsync(json, request.HttpContext.RequireCaller(), cancellationToken);
    }

    private static FhirResult Metadata(HttpRequest request, TimeProvider time) =>
        new(CapabilityStatementFactory.Create(BaseUrl(request), CdsEngine.EngineVersion, time.GetUtcNow()));

    private static FhirResult OperationDefinition(HttpRequest request) => new(CapabilityStatementFactory.Operation(BaseUrl(request)));

    private static FhirResult NotFound(HttpRequest request) => new(
        OperationOutcomeFactory.Create(IssueType.NotFound, $"{request.Method} {request.Path} is not served here: POST {BasePath}/$evaluate, GET {BasePath}/metadata."),
        StatusCodes.Status404NotFound);

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{BasePath}";
}
