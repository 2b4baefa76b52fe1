namespace CdsService.Api.Fhir;

using CdsService.Fhir;
using Microsoft.AspNetCore.Http.Metadata;

/// <summary>A FHIR resource written as application/fhir+json with the given status (R4 http.html: the FHIR MIME type).</summary>
public sealed class FhirResult(Hl7.Fhir.Model.Resource resource, int statusCode = StatusCodes.Status200OK) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IEndpointMetadataProvider
{
    public const string ContentTypeWithCharset = FhirJson.MediaType + "; charset=utf-8";

    public Hl7.Fhir.Model.Resource Resource { get; } = resource;
    public int StatusCode { get; } = statusCode;
    int? IStatusCodeHttpResult.StatusCode => StatusCode;
    public string ContentType => ContentTypeWithCharset;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCode;
        httpContext.Response.ContentType = ContentTypeWithCharset;
        return httpContext.Response.WriteAsync(FhirJson.Serialize(Resource), httpContext.RequestAborted);
    }

    public static void PopulateMetadata(System.Reflection.MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), [FhirJson.MediaType]));
    }
}
