namespace CdsService.Api.Security;

/// <summary>
/// Remembers every accepted JWT id until the token expires, so a captured token cannot be replayed
/// (cds-hooks.org best practices "JWT"; docs/cds-hooks.md J7). Production uses the database so all replicas share it.
/// </summary>
public interface IJtiReplayStore
{
    /// <summary>Returns false when this issuer's jti was already seen.</summary>
    Task<bool> TryRecordAsync(string issuer, string jti, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}
