namespace CdsService.Api.Errors;

/// <summary>
/// The language a route answers errors in: RFC 9457 problem+json (/api/v1), a FHIR R4 OperationOutcome as
/// application/fhir+json (/fhir; R4 http.html), or an OperationOutcome as application/json (/cds-services; CDS Hooks
/// error handling). Set on a route group as endpoint metadata; docs/operations.md lists the table.
/// </summary>
public enum ErrorChannel
{
    Problem,
    Fhir,
    CdsHooks,
}

/// <summary>Endpoint metadata naming the <see cref="ErrorChannel"/> of a route.</summary>
public sealed record ErrorChannelMetadata(ErrorChannel Channel);

public static class ErrorChannelExtensions
{
    public static TBuilder WithErrorChannel<TBuilder>(this TBuilder builder, ErrorChannel channel)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ErrorChannelMetadata(channel));

    /// <summary>The media type of an error body on the channel.</summary>
    public static string MediaType(this ErrorChannel channel) => channel switch
    {
        ErrorChannel.Fhir => "application/fhir+json",
        ErrorChannel.CdsHooks => "application/json",
        _ => "application/problem+json",
    };
}
