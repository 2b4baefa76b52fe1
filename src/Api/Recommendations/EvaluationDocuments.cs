namespace CdsService.Api.Recommendations;

using System.Text.Json;
using CdsService.Api.Recommendations.Contracts;
using CdsService.Rules.Engine;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

/// <summary>
/// An evaluation in the REST answer shape (README.md, "A first call"), serialized with the options the REST endpoint writes
/// its bodies with. Every channel stores this shape so that reports read FHIR, CDS Hooks and batch evaluations alike.
/// </summary>
public sealed class EvaluationDocuments(CdsEngine engine, IOptions<JsonOptions> json)
{
    public RecommendationResponse Response(Evaluation evaluation, Guid evaluationId, DateTimeOffset evaluatedAt) =>
        RecommendationResponseMapper.ToResponse(evaluation, evaluationId, evaluatedAt.UtcDateTime, engine.KnowledgeBase.RankingPolicyVersion);

    public string Json(RecommendationResponse response) => JsonSerializer.Serialize(response, json.Value.SerializerOptions);

    public string Json(Evaluation evaluation, Guid evaluationId, DateTimeOffset evaluatedAt) =>
        Json(Response(evaluation, evaluationId, evaluatedAt));
}
