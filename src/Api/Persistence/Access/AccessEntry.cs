namespace CdsService.Api.Persistence.Access;

/// <summary>
/// What a feature hands to <see cref="IAccessLog"/> for one read: <paramref name="Who"/> is a caller id as stored in
/// the caller columns, <paramref name="What"/> an <see cref="AccessActions"/> value, <paramref name="Id"/> the
/// evaluation or batch read (null for a listing), <paramref name="From"/> the client address.
/// </summary>
public sealed record AccessEntry(string Who, string What, string? Id, string? From)
{
    /// <summary>The token's client id, or a CDS Hooks tenant.</summary>
    public string? Client { get; init; }

    public string? PatientId { get; init; }

    /// <summary>How many rows a listing returned.</summary>
    public int? Rows { get; init; }
}
