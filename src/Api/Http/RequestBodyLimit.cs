namespace CdsService.Api.Http;

using Microsoft.AspNetCore.Http.Metadata;

/// <summary>
/// Endpoint metadata for the largest accepted body. Routing hands it to Kestrel (which stops chunked bodies while they
/// are read); <see cref="HttpPipelineExtensions.UseRequestBodyLimit"/> refuses a declared Content-Length up front,
/// which is also what holds under TestServer, where no body-size feature exists.
/// </summary>
public sealed class RequestBodyLimit(long maxBytes) : IRequestSizeLimitMetadata
{
    /// <summary>1 MiB: a full panel is under 2 KB; anything near this is a mistake or an attack (docs/security.md).</summary>
    public const long DefaultMaxBytes = 1_048_576;

    public long? MaxRequestBodySize { get; } = maxBytes;
}
