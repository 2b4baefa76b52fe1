namespace CdsService.Rules.KnowledgeBase;

using System.Security.Cryptography;

/// <summary>The content hash stamped on every answer and audit row: SHA-256 of the exact embedded bytes.</summary>
public static class KnowledgeBaseHash
{
    public const string Prefix = "sha256:";

    public static string Compute(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Prefix + Convert.ToHexStringLower(SHA256.HashData(content));
    }
}
