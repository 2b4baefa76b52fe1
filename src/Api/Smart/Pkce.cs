namespace CdsService.Api.Smart;

using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

/// <summary>RFC 7636 PKCE with S256 (required by SMART App Launch 2.x): a random verifier and its SHA-256 challenge.</summary>
public static class Pkce
{
    /// <summary>32 random bytes: 43 base64url characters, the RFC 7636 §4.1 minimum length with 256 bits of entropy.</summary>
    public static string NewVerifier() => RandomText(32);

    public static string Challenge(string verifier) =>
        WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    /// <summary>An unguessable value (state): base64url of <paramref name="bytes"/> random bytes.</summary>
    public static string RandomText(int bytes) => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(bytes));
}
