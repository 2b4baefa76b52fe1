namespace CdsService.Api.OpenApi;

using CdsService.Api.Auth;
using Microsoft.AspNetCore.Authorization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

/// <summary>
/// States the scope each operation needs, and marks the operations behind the clinical-API policy as needing an API key OR a bearer token (two requirement
/// objects: OpenAPI reads them as alternatives), so Swagger UI's Authorize button sends the right header. Health and
/// CDS Hooks routes carry no such requirement: they are open or have their own JWT.
/// </summary>
public sealed class ClinicalApiSecurityOperationFilter : IOperationFilter
{
    public const string ApiKeyScheme = "ApiKey";
    public const string BearerScheme = "Bearer";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var protectedEndpoint = context.ApiDescription.ActionDescriptor.EndpointMetadata
            .OfType<IAuthorizeData>()
            .Any(a => a.Policy == AuthExtensions.ClinicalApiPolicy);
        if (!protectedEndpoint) return;

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, context.Document)] = [] });
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] });
        operation.Responses ??= [];
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No valid API key or bearer token (outside Development)." });

        // Scopes are not OAuth2 scopes of a flow the document could describe, so they are stated in words and as an
        // extension a client generator can read (docs/security.md).
        var scopes = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RequiredScopes>().LastOrDefault();
        if (scopes is null) return;
        var names = string.Join(" or ", scopes.AnyOf.Select(s => $"`{s}`"));
        operation.Description = $"{operation.Description}\n\n**Scope:** {names}.{(scopes.AnyOf.Contains(ApiScopes.ReadOwn) ? " With `read:own` only the caller's own rows are visible; others answer 404." : "")}".TrimStart();
        operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        operation.Extensions["x-required-scopes"] = new JsonNodeExtension(new JsonArray([.. scopes.AnyOf.Select(s => (JsonNode)s)]));
        operation.Responses.TryAdd("403", new OpenApiResponse { Description = $"The caller lacks the scope {names}." });
    }
}
