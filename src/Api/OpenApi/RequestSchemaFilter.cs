namespace CdsService.Api.OpenApi;

using System.Text.Json;
using System.Text.Json.Nodes;
using CdsService.Api.Recommendations.Contracts;
using CdsService.Rules.Vocabulary;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

/// <summary>
/// Request schemas as the API really reads them: the allowed values of enumerated string fields as "enum", taken from
/// the vocabularies the validator uses so the documentation cannot drift, and unknown properties allowed (they are
/// ignored, so that callers can send richer records).
/// </summary>
public sealed class RequestSchemaFilter : ISchemaFilter
{
    private static readonly Dictionary<Type, Dictionary<string, IVocabulary>> Fields = new()
    {
        [typeof(RecommendationRequest)] = new()
        {
            [nameof(RecommendationRequest.Pten)] = InputVocabularies.Pten,
            [nameof(RecommendationRequest.CyclinE)] = InputVocabularies.CyclinE,
            [nameof(RecommendationRequest.Fcgr3a158)] = InputVocabularies.Fcgr3a158,
            [nameof(RecommendationRequest.Fcgr2a131)] = InputVocabularies.Fcgr2a131,
            [nameof(RecommendationRequest.P95Her2)] = InputVocabularies.P95Her2,
            [nameof(RecommendationRequest.Egfr)] = InputVocabularies.Expression,
            [nameof(RecommendationRequest.Erbb3)] = InputVocabularies.Expression,
            [nameof(RecommendationRequest.Igf1r)] = InputVocabularies.Expression,
            [nameof(RecommendationRequest.Muc4)] = InputVocabularies.Expression,
            [nameof(RecommendationRequest.Cd44)] = InputVocabularies.Expression,
            [nameof(RecommendationRequest.Src)] = InputVocabularies.Src,
            [nameof(RecommendationRequest.P27)] = InputVocabularies.P27,
            [nameof(RecommendationRequest.TrastuzumabHistory)] = InputVocabularies.TrastuzumabHistory,
            [nameof(RecommendationRequest.Ranking)] = InputVocabularies.RankingLens,
        },
        [typeof(Her2Input)] = new()
        {
            [nameof(Her2Input.Ihc)] = InputVocabularies.Ihc,
            [nameof(Her2Input.ReportedStatus)] = InputVocabularies.ReportedStatus,
        },
        [typeof(IshInput)] = new() { [nameof(IshInput.Assay)] = InputVocabularies.IshAssay },
        [typeof(Pik3caInput)] = new()
        {
            [nameof(Pik3caInput.Status)] = InputVocabularies.Pik3ca,
            [nameof(Pik3caInput.Classification)] = InputVocabularies.VariantClassification,
        },
        [typeof(SerumHer2EcdInput)] = new(),
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        if (!Fields.TryGetValue(context.Type, out var fields) || schema is not OpenApiSchema request || request.Properties is null)
        {
            return;
        }

        request.AdditionalPropertiesAllowed = true;
        request.AdditionalProperties = null;

        foreach (var (property, vocabulary) in fields)
        {
            if (request.Properties.TryGetValue(JsonNamingPolicy.CamelCase.ConvertName(property), out var field) && field is OpenApiSchema target)
            {
                target.Enum = [.. vocabulary.Terms.Select(t => (JsonNode)JsonValue.Create(t))];
            }
        }
    }
}
