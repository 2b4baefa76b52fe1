namespace CdsService.Api.Fhir;

using CdsService.Fhir;
using Microsoft.AspNetCore.Http.Metadata;

/// <summary>A FHIR resource written as application/fhir+json with the given status (R4 http.html: the FHIR MIME type).</summary>
public sealed class FhirResult : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IEndpointMetadataProvider
{
    public const string ContentTypeWithCharset = FhirJson.MediaType + "; charset=utf-8";

    private readonly string _json;

    public FhirResult(Hl7.Fhir.Model.Resource resource, int statusCode = StatusCodes.Status200OK)
        : this(FhirJson.Serialize(resource), statusCode)
    {
    }

    private FhirResult(string json, int statusCode)
    {
        _json = json;
        StatusCode = statusCode;
    }

    /// <summary>An already serialized resource, so that what is audited and what is sent are the same bytes.</summary>
    public static FhirResult FromJson(string json, int statusCode = StatusCodes.Status200OK) => new(json, statusCode);

    public int StatusCode { get; }
    int? IStatusCodeHttpResult.StatusCode => StatusCode;
    public string ContentType => ContentTypeWithCharset;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCode;
        httpContext.Response.ContentType = ContentTypeWithCharset;
        return httpContext.Response.WriteAsync(_json, httpContext.RequestAborted);
    }

    public static void PopulateMetadata(System.Reflection.MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), [FhirJson.MediaType]));
    }
}
