namespace CdsService.Api.Persistence.Access;

/// <summary>One read of stored patient data (table "access_log"): who, what, when and from where (docs/security.md).</summary>
public sealed class AccessLogRecord
{
    public required Guid Id { get; init; }
    public required DateTimeOffset At { get; init; }

    /// <summary>The reader, as in the caller columns (<c>key:name</c>, <c>user:sub</c>, ...).</summary>
    public required string CallerId { get; init; }

    public string? CallerClient { get; init; }

    /// <summary>An <see cref="AccessActions"/> value.</summary>
    public required string Action { get; init; }

    /// <summary>The evaluation or batch read; null for a listing.</summary>
    public string? ResourceId { get; init; }

    /// <summary>The patient whose data was read, when one was (a single evaluation, or a listing filtered by patient).</summary>
    public string? PatientId { get; init; }

    /// <summary>Rows returned by a listing.</summary>
    public int? Rows { get; init; }

    /// <summary>The client address as the service saw it (behind a proxy: the proxy, unless forwarded headers are configured).</summary>
    public string? RemoteAddress { get; init; }
}
