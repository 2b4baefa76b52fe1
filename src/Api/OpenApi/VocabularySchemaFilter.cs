namespace CdsService.Api.OpenApi;

using System.Text.Json;
using System.Text.Json.Nodes;
using CdsService.Api.Recommendations.Contracts;
using CdsService.Api.Recommendations.Vocabularies;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

/// <summary>
/// Lists the allowed values of the enumerated string fields as a schema "enum", taken from the same vocabularies the
/// validator uses, so the documentation cannot drift from what is accepted.
/// </summary>
public sealed class VocabularySchemaFilter : ISchemaFilter
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
        },
        [typeof(Her2Input)] = new()
        {
            [nameof(Her2Input.Ihc)] = InputVocabularies.Ihc,
            [nameof(Her2Input.ReportedStatus)] = InputVocabularies.ReportedStatus,
        },
        [typeof(IshInput)] = new() { [nameof(IshInput.Assay)] = InputVocabularies.IshAssay },
        [typeof(Pik3caInput)] = new() { [nameof(Pik3caInput.Status)] = InputVocabularies.Pik3ca },
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        if (!Fields.TryGetValue(context.Type, out var fields) || schema.Properties is null)
        {
            return;
        }

        foreach (var (property, vocabulary) in fields)
        {
            if (schema.Properties.TryGetValue(JsonNamingPolicy.CamelCase.ConvertName(property), out var field) && field is OpenApiSchema target)
            {
                target.Enum = [.. vocabulary.Terms.Select(t => (JsonNode)JsonValue.Create(t))];
            }
        }
    }
}
