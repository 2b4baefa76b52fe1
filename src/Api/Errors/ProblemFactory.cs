namespace CdsService.Api.Errors;

using System.Text.Json;
using CdsService.Rules.KnowledgeBase;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

/// <summary>Exception to ProblemDetails, without stack traces or request values; the handler only writes what this builds.</summary>
internal static class ProblemFactory
{
    public static ProblemDetails Create(HttpContext httpContext, Exception exception) => exception switch
    {
        BadHttpRequestException { InnerException: JsonException json } => FromJson(httpContext, json),
        BadHttpRequestException bad => FromStatus(httpContext, bad.StatusCode),
        KnowledgeBaseException => new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Type = ProblemTypes.KnowledgeBase,
            Title = "The knowledge base could not answer",
            Detail = "The service's knowledge base failed on this request. Quote the traceId to the operators.",
        },
        _ => new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Type = ProblemTypes.Internal,
            Title = "An unexpected error occurred",
            Detail = "The request could not be completed. Quote the traceId to the operators.",
        },
    };

    private static ProblemDetails FromStatus(HttpContext httpContext, int status) => new()
    {
        Status = status,
        Type = ProblemTypes.ForStatus(status),
        Title = status switch
        {
            StatusCodes.Status413PayloadTooLarge => "The request body is too large",
            StatusCodes.Status415UnsupportedMediaType => "Unsupported media type",
            _ => "The request could not be read",
        },
        Detail = status switch
        {
            StatusCodes.Status413PayloadTooLarge => $"This endpoint accepts request bodies of at most {BodyLimitOf(httpContext)} bytes.",
            StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json.",
            _ => "The request body is missing or unreadable; send a JSON object as described at /swagger.",
        },
    };

    private static ProblemDetails FromJson(HttpContext httpContext, JsonException json)
    {
        var field = JsonErrorDescriber.FieldOf(json.Path);
        var where = $"at '{(field.Length == 0 ? "$" : field)}', line {json.LineNumber + 1}, byte {json.BytePositionInLine + 1}";

        // The reader wraps its own exception for syntax and depth errors; a converter failure is a type mismatch.
        if (json.InnerException is JsonException reader)
        {
            return new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Type = ProblemTypes.InvalidJson,
                Title = "The request body is not valid JSON",
                Detail = $"The body is not well-formed JSON ({where}): {ReasonOf(reader)}",
            };
        }

        if (field.Length == 0)
        {
            return new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Type = ProblemTypes.InvalidJson,
                Title = "The request body must be a JSON object",
                Detail = "Send one JSON object with the fields described at /swagger.",
            };
        }

        var expected = JsonErrorDescriber.ExpectedJsonType(BodyTypeOf(httpContext), field);
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [$"Must be {expected}."] })
        {
            Status = StatusCodes.Status400BadRequest,
            Type = ProblemTypes.InvalidFieldType,
            Title = "A field has the wrong JSON type",
            Detail = $"The value {where} must be {expected}.",
        };
    }

    /// <summary>The reader's own words without its position suffix, which <c>where</c> already gives in 1-based form.</summary>
    private static string ReasonOf(JsonException reader)
    {
        var message = reader.Message;
        var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (position < 0 ? message : message[..position]).Trim();
    }

    private static Endpoint? EndpointOf(HttpContext httpContext) =>
        httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? httpContext.GetEndpoint();

    private static Type? BodyTypeOf(HttpContext httpContext) =>
        EndpointOf(httpContext)?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;

    private static string BodyLimitOf(HttpContext httpContext) =>
        EndpointOf(httpContext)?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize?
            .ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "the configured number of";
}
