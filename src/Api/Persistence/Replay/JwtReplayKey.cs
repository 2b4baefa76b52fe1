namespace CdsService.Api.Persistence.Replay;

using System.Security.Cryptography;
using System.Text;

/// <summary>
/// The stored replay key. A jti is unique per issuer only, so the key is a hash of both: bounded in length whatever
/// the client sends, and never the token's own id in clear.
/// </summary>
public static class JwtReplayKey
{
    public static string Of(string issuer, string jti) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(issuer + "\n" + jti)));
}
