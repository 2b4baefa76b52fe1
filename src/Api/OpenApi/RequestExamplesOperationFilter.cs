namespace CdsService.Api.OpenApi;

using System.Text.Json.Nodes;
using CdsService.Api.Recommendations;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

/// <summary>Named request examples on POST /api/v1/recommendations, offered by Swagger UI's example picker.</summary>
public sealed class RequestExamplesOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.OperationId != RecommendationEndpoints.CreateOperation
            || operation.RequestBody?.Content?.TryGetValue("application/json", out var media) != true
            || media is null)
        {
            return;
        }

        media.Examples = RecommendationExamples.All.ToDictionary(
            e => e.Name,
            e => (IOpenApiExample)new OpenApiExample { Summary = e.Summary, Description = e.Description, Value = JsonNode.Parse(e.Json) },
            StringComparer.Ordinal);
    }
}
