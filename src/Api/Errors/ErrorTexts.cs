namespace CdsService.Api.Errors;

/// <summary>The standard wording of each error status, shared by every channel so they never disagree.</summary>
public static class ErrorTexts
{
    public static string Title(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "The request could not be read",
        StatusCodes.Status401Unauthorized => "Authentication required",
        StatusCodes.Status403Forbidden => "Not allowed",
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status405MethodNotAllowed => "Method not allowed",
        StatusCodes.Status406NotAcceptable => "Not acceptable",
        StatusCodes.Status409Conflict => "Conflict",
        StatusCodes.Status412PreconditionFailed => "Precondition failed",
        StatusCodes.Status413PayloadTooLarge => "The request body is too large",
        StatusCodes.Status415UnsupportedMediaType => "Unsupported media type",
        StatusCodes.Status422UnprocessableEntity => "The request cannot be evaluated",
        StatusCodes.Status429TooManyRequests => "Too many requests",
        StatusCodes.Status503ServiceUnavailable => "Service temporarily unavailable",
        >= 500 => "An unexpected error occurred",
        _ => "The request failed",
    };

    public static string Detail(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "The request is malformed; the API is described at /swagger.",
        StatusCodes.Status401Unauthorized => "Send an X-Api-Key header or a bearer token. A report link from a CDS Hooks card or a batch carries its own signed token; ask for a fresh link when it has expired.",
        StatusCodes.Status403Forbidden => "This caller may not do this.",
        StatusCodes.Status404NotFound => "Nothing is served at this path; the routes are described at /swagger.",
        StatusCodes.Status405MethodNotAllowed => "This path does not accept this HTTP method.",
        StatusCodes.Status406NotAcceptable => "This endpoint cannot answer in any media type the Accept header lists.",
        StatusCodes.Status413PayloadTooLarge => "The request body is larger than this endpoint accepts.",
        StatusCodes.Status415UnsupportedMediaType => "This endpoint does not read the media type sent in Content-Type.",
        StatusCodes.Status429TooManyRequests => "Too many requests from this caller; retry after the Retry-After delay.",
        StatusCodes.Status503ServiceUnavailable => "The service cannot answer now; retry after the Retry-After delay.",
        >= 500 => "The request could not be completed. Quote the traceId to the operators.",
        _ => $"The request failed with HTTP {status}.",
    };
}
