namespace CdsService.Api.Http;

using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

/// <summary>
/// A 200 whose JSON body was serialized once, for the audit row: the client receives exactly the stored bytes and the
/// ~90 KB answer is not serialized a second time. <typeparamref name="T"/> is the contract type, for OpenAPI only.
/// </summary>
public sealed class SerializedJsonResult<T>(string json) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IEndpointMetadataProvider
{
    private const string MediaType = "application/json";

    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => MediaType + "; charset=utf-8";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = ContentType;
        return httpContext.Response.WriteAsync(json, httpContext.RequestAborted);
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "IEndpointMetadataProvider requires a static member; it is how the OpenAPI metadata gets the contract type.")]
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), [MediaType]));
    }
}
