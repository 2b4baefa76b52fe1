namespace CdsService.Fhir.Outbound;

using System.Security.Cryptography;
using System.Text;

/// <summary>
/// Deterministic urn:uuid fullUrls: the same evaluation always yields the same ids, so a stored answer and a
/// re-rendered one match (R4 Bundle: fullUrl of resources without a server id is a urn:uuid).
/// </summary>
internal static class BundleIds
{
    public static string For(Guid evaluationId, string name)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{evaluationId:N}/{name}"), hash);
        var bytes = hash[..16].ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return "urn:uuid:" + new Guid(bytes);
    }
}
