namespace CdsService.Api.Errors;

using System.Text.Json;
using CdsService.Api.Persistence;
using CdsService.Api.Validation;
using CdsService.Fhir;
using CdsService.Rules.KnowledgeBase;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;

/// <summary>Exception to <see cref="ErrorReport"/>, without stack traces or request values; the handler only writes what this builds.</summary>
internal static class ExceptionReports
{
    public static ErrorReport Create(HttpContext httpContext, Exception exception, int retryAfterSeconds) => exception switch
    {
        FhirInputException fhir => new ErrorReport(StatusCodes.Status400BadRequest, ProblemTypes.InvalidFhir, "The FHIR input cannot be read", fhir.Message)
        {
            Errors = [.. fhir.Issues.Select(i => new FieldError(i.Location ?? "", i.Message, i.Code))],
        },
        BadHttpRequestException { InnerException: UnsafeTextException text } => UnsafeField(text),
        BadHttpRequestException { InnerException: JsonException json } => FromJson(httpContext, json),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => ErrorReport.ForStatus(
            StatusCodes.Status413PayloadTooLarge, $"This endpoint accepts request bodies of at most {BodyLimitOf(httpContext)} bytes."),
        BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } => ErrorReport.ForStatus(
            StatusCodes.Status415UnsupportedMediaType, "Send the body as application/json."),
        BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } => ErrorReport.ForStatus(
            StatusCodes.Status400BadRequest, "The request body is missing or unreadable; send a JSON object as described at /swagger."),
        BadHttpRequestException bad => ErrorReport.ForStatus(bad.StatusCode),
        SchemaNotMigratedException notMigrated => new ErrorReport(
            StatusCodes.Status503ServiceUnavailable, ProblemTypes.DatabaseNotMigrated, "The database is not migrated", notMigrated.Message)
        {
            RetryAfterSeconds = retryAfterSeconds,
        },
        _ when DatabaseFailures.IsUnavailable(exception) => new ErrorReport(
            StatusCodes.Status503ServiceUnavailable, ProblemTypes.DatabaseUnavailable, ErrorTexts.Title(StatusCodes.Status503ServiceUnavailable),
            "The database is unreachable. No evaluation is answered without its audit record; retry after the Retry-After delay.")
        {
            RetryAfterSeconds = retryAfterSeconds,
        },
        KnowledgeBaseException => new ErrorReport(StatusCodes.Status500InternalServerError, ProblemTypes.KnowledgeBase,
            "The knowledge base could not answer", "The service's knowledge base failed on this request. Quote the traceId to the operators."),
        _ => ErrorReport.ForStatus(StatusCodes.Status500InternalServerError),
    };

    private static ErrorReport UnsafeField(UnsafeTextException text)
    {
        var field = JsonErrorDescriber.FieldOf(text.Path);
        return new ErrorReport(StatusCodes.Status400BadRequest, ProblemTypes.Validation, "The request has invalid fields",
            $"The value at '{field}' {UnsafeText.Rule}.")
        {
            Errors = [new FieldError(field, $"Must not contain NUL characters or unpaired UTF-16 surrogates.")],
        };
    }

    private static ErrorReport FromJson(HttpContext httpContext, JsonException json)
    {
        if (JsonErrorDescriber.UnknownField(json) is { } unknown)
        {
            return new ErrorReport(StatusCodes.Status400BadRequest, ProblemTypes.Validation, "The request has invalid fields",
                "See errors: each key is the JSON path of a field in the request body.")
            {
                Errors = [new FieldError(unknown, "Unknown field: it is not part of this request (check its spelling against /swagger); nothing was evaluated.")],
            };
        }

        var field = JsonErrorDescriber.FieldOf(json.Path);
        var where = $"at '{(field.Length == 0 ? "$" : field)}', line {json.LineNumber + 1}, byte {json.BytePositionInLine + 1}";

        // The reader wraps its own exception for syntax and depth errors; a converter failure is a type mismatch.
        if (json.InnerException is JsonException reader)
        {
            return new ErrorReport(StatusCodes.Status400BadRequest, ProblemTypes.InvalidJson, "The request body is not valid JSON",
                $"The body is not well-formed JSON ({where}): {ReasonOf(reader)}");
        }

        if (field.Length == 0)
        {
            return new ErrorReport(StatusCodes.Status400BadRequest, ProblemTypes.InvalidJson, "The request body must be a JSON object",
                "Send one JSON object with the fields described at /swagger.");
        }

        var expected = JsonErrorDescriber.ExpectedJsonType(BodyTypeOf(httpContext), field);
        return new ErrorReport(StatusCodes.Status400BadRequest, ProblemTypes.InvalidFieldType, "A field has the wrong JSON type",
            $"The value {where} must be {expected}.")
        {
            Errors = [new FieldError(field, $"Must be {expected}.")],
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
