namespace CdsService.Api.Errors;

/// <summary>
/// Stable problem "type" URIs (RFC 9457 section 3.1.1). Clients branch on these, never on titles or details, so they
/// must not change once published.
/// </summary>
public static class ProblemTypes
{
    private const string Prefix = "urn:cds-service:problem:";

    /// <summary>Field-level validation failed; see <c>errors</c>.</summary>
    public const string Validation = Prefix + "validation";

    /// <summary>The body is not well-formed JSON (or nests deeper than allowed).</summary>
    public const string InvalidJson = Prefix + "invalid-json";

    /// <summary>A field holds a JSON value of the wrong type; see <c>errors</c>.</summary>
    public const string InvalidFieldType = Prefix + "invalid-field-type";

    /// <summary>The FHIR body cannot be read as R4 JSON; see <c>errors</c> (FHIRPath keys).</summary>
    public const string InvalidFhir = Prefix + "invalid-fhir";

    public const string BadRequest = Prefix + "bad-request";
    public const string Unauthorized = Prefix + "unauthorized";
    public const string NotAcceptable = Prefix + "not-acceptable";
    public const string TooManyRequests = Prefix + "too-many-requests";

    /// <summary>The database is unreachable: retry after Retry-After.</summary>
    public const string DatabaseUnavailable = Prefix + "database-unavailable";

    /// <summary>The database lacks migrations: an operator must run --migrate (docs/operations.md).</summary>
    public const string DatabaseNotMigrated = Prefix + "database-not-migrated";
    public const string NotFound = Prefix + "not-found";
    public const string MethodNotAllowed = Prefix + "method-not-allowed";
    public const string BodyTooLarge = Prefix + "body-too-large";
    public const string UnsupportedMediaType = Prefix + "unsupported-media-type";

    /// <summary>The knowledge base could not answer; an operator must look at it.</summary>
    public const string KnowledgeBase = Prefix + "knowledge-base";

    public const string Internal = Prefix + "internal";

    public static string ForStatus(int statusCode) => statusCode switch
    {
        StatusCodes.Status400BadRequest => BadRequest,
        StatusCodes.Status401Unauthorized => Unauthorized,
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
        StatusCodes.Status406NotAcceptable => NotAcceptable,
        StatusCodes.Status429TooManyRequests => TooManyRequests,
        StatusCodes.Status413PayloadTooLarge => BodyTooLarge,
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
        >= 500 => Internal,
        _ => Prefix + statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
