namespace CdsService.Api.Security;

using System.Security.Cryptography;
using System.Text;
using CdsService.Api.Persistence.Replay;

/// <summary>
/// The replay check on the database table every replica shares (docs/operations.md). A jti is unique per issuer
/// only, so the key is a hash of both: bounded in length whatever the client sends.
/// </summary>
public sealed class DatabaseJtiReplayStore(IJwtReplayStore store) : IJtiReplayStore
{
    public Task<bool> TryRecordAsync(string issuer, string jti, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(issuer + "\n" + jti)));
        return store.TryRememberAsync(key, expiresAt, cancellationToken);
    }
}
