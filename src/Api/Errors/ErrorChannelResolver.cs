namespace CdsService.Api.Errors;

using System.Collections.Frozen;
using Microsoft.AspNetCore.Diagnostics;

/// <summary>
/// Chooses the <see cref="ErrorChannel"/> of a request from endpoint metadata, never from the order handlers were
/// registered in. A request that matched no endpoint (404) or only the router's 405 endpoint takes the channel of the
/// endpoints that share its first path segment, learnt from the same metadata; anything else is problem+json.
/// </summary>
public sealed class ErrorChannelResolver(EndpointDataSource endpoints)
{
    private FrozenDictionary<string, ErrorChannel>? _bySegment;

    public ErrorChannel ChannelOf(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var endpoint = httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? httpContext.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<ErrorChannelMetadata>() is { } metadata)
            return metadata.Channel;
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value;
        return BySegment().GetValueOrDefault(FirstSegment(path), ErrorChannel.Problem);
    }

    private FrozenDictionary<string, ErrorChannel> BySegment() => _bySegment ??= endpoints.Endpoints
        .OfType<RouteEndpoint>()
        .Select(e => (Segment: Literal(e.RoutePattern), e.Metadata.GetMetadata<ErrorChannelMetadata>()?.Channel))
        .Where(e => e.Segment is not null && e.Channel is not null)
        .GroupBy(e => e.Segment!, StringComparer.OrdinalIgnoreCase)
        .Where(g => g.Select(e => e.Channel).Distinct().Count() == 1)
        .ToFrozenDictionary(g => g.Key, g => g.First().Channel!.Value, StringComparer.OrdinalIgnoreCase);

    private static string? Literal(Microsoft.AspNetCore.Routing.Patterns.RoutePattern pattern) =>
        pattern.PathSegments.Count > 0 && pattern.PathSegments[0].IsSimple
            && pattern.PathSegments[0].Parts[0] is Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal
            ? literal.Content
            : null;

    private static string FirstSegment(string? path)
    {
        var trimmed = (path ?? "").TrimStart('/');
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? trimmed : trimmed[..slash];
    }
}
