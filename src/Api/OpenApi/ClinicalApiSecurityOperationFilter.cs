namespace CdsService.Api.OpenApi;

using CdsService.Api.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

/// <summary>
/// Marks the operations behind the clinical-API policy as needing an API key OR a bearer token (two requirement
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
    }
}
