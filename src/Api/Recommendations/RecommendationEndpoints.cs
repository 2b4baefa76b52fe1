namespace CdsService.Api.Recommendations;

using CdsService.Api.Auth;
using CdsService.Api.Recommendations.Contracts;
using CdsService.Api.Validation;
using CdsService.Api.Http;

public static class RecommendationEndpoints
{
    /// <summary>Endpoint name and OpenAPI operationId; the Swagger examples attach to it.</summary>
    public const string CreateOperation = "CreateRecommendation";

    public static IEndpointRouteBuilder MapRecommendations(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost("/recommendations", CreateRecommendation)
            .WithTags("Recommendations")
            .WithName(CreateOperation)
            .WithSummary("Interpret HER2 status and rank the review's Table 1 options for one patient's biomarker panel")
            .WithDescription(
                "Applies the ASCO/CAP HER2 rules, the resistance findings of the 2011 review, and ranks its 22 Table 1 agents " +
                "(only when HER2 is positive). Every statement carries its citation. Pick an example under \"Try it out\".")
            .WithValidation<RecommendationRequest>()
            .RequireScope(ApiScopes.Evaluate)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status500InternalServerError);
        return endpoints;
    }

    private static async Task<SerializedJsonResult<RecommendationResponse>> CreateRecommendation(
        RecommendationRequest request, HttpContext http, RecommendationService service, CancellationToken cancellationToken) =>
        new(await service.EvaluateAsync(request, http.RequireCaller(), cancellationToken));
}
