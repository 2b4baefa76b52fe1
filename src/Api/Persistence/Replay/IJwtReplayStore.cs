namespace CdsService.Api.Persistence.Replay;

/// <summary>The shared JWT replay check (CDS Hooks: a jti is accepted once until its token expires).</summary>
public interface IJwtReplayStore
{
    /// <summary>Records the jti; true when it was not seen before (or only for a token that has since expired).</summary>
    Task<bool> TryRememberAsync(string jti, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Deletes entries whose token has expired; returns how many were removed.</summary>
    Task<int> RemoveExpiredAsync(CancellationToken cancellationToken);
}
