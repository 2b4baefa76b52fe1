namespace CdsService.Api.Persistence.Replay;

/// <summary>
/// Remembers every accepted JWT id until the token expires, so a captured token cannot be replayed (cds-hooks.org best
/// practices, "JWT"; docs/cds-hooks.md J7). The table is shared by every replica.
/// </summary>
public interface IJwtReplayStore
{
    /// <summary>Records the issuer's jti; true when it was not seen before (or only for a token that has since expired).</summary>
    Task<bool> TryRememberAsync(string issuer, string jti, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Deletes entries whose token has expired; returns how many were removed.</summary>
    Task<int> RemoveExpiredAsync(CancellationToken cancellationToken);
}
