namespace CdsService.Api.Auth;

using System.Security.Cryptography;
using System.Text;

/// <summary>
/// Who made a request, as stored in the caller columns of evaluations, batches, feedback and the access log:
/// <c>key:&lt;name&gt;</c> for an API key, <c>user:&lt;sub&gt;</c> (or <c>client:&lt;client_id&gt;</c> without a
/// subject) for a bearer token with its client id in <see cref="Client"/>, <c>cds:&lt;iss&gt;</c> for a CDS Hooks
/// client with its tenant in <see cref="Client"/>, <c>smart:&lt;iss&gt;</c> for a SMART EHR launch with its
/// client id in <see cref="Client"/>, and <c>anonymous</c> where authentication is off (Development).
/// </summary>
public sealed record Caller(string Id, string? Client, IReadOnlySet<string> Scopes, IReadOnlySet<string> Owners)
{
    /// <summary>Stored caller ids and clients are at most this long; longer values are replaced by their hash.</summary>
    public const int MaxLength = 256;

    /// <summary>Authentication off (Auth:Required=false, local development only): every scope, every row.</summary>
    public static Caller Anonymous { get; } = new("anonymous", null, new HashSet<string>(ApiScopes.All, StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal) { "anonymous" });

    public bool Has(string scope) => Scopes.Contains(scope);

    public bool ReadsAll => Has(ApiScopes.ReadAll);

    /// <summary>Whether this caller may read a row stored with <paramref name="ownerId"/> as its caller.</summary>
    public bool CanRead(string? ownerId) => ReadsAll || (Has(ApiScopes.ReadOwn) && ownerId is not null && Owners.Contains(ownerId));

    public static Caller ForApiKey(string name, IEnumerable<string> scopes, IEnumerable<string> cdsClients)
    {
        var id = Bounded("key:", name);
        return new Caller(id, null, new HashSet<string>(scopes, StringComparer.Ordinal), Owning(id, cdsClients.Select(CdsId)));
    }

    public static Caller ForToken(string? subject, string? clientId, IEnumerable<string> scopes)
    {
        var id = !string.IsNullOrEmpty(subject) ? Bounded("user:", subject)
            : !string.IsNullOrEmpty(clientId) ? Bounded("client:", clientId)
            : "user:unknown";
        return new Caller(id, clientId is null ? null : Bounded("", clientId), new HashSet<string>(scopes, StringComparer.Ordinal), Owning(id, []));
    }

    /// <summary>A CDS Hooks client: it writes through /cds-services and reads nothing through /api/v1.</summary>
    public static Caller ForCdsClient(string issuer, string? tenant)
    {
        var id = CdsId(issuer);
        return new Caller(id, tenant is null ? null : Bounded("", tenant), new HashSet<string>(StringComparer.Ordinal), Owning(id, []));
    }

    /// <summary>An EHR that launched the app (docs/smart.md): it writes the launch's evaluation and reads nothing through /api/v1.</summary>
    public static Caller ForSmartClient(string issuer, string clientId)
    {
        var id = Bounded("smart:", issuer);
        return new Caller(id, Bounded("", clientId), new HashSet<string>(StringComparer.Ordinal), Owning(id, []));
    }

    /// <summary>The caller id under which a CDS Hooks client's evaluations are stored.</summary>
    public static string CdsId(string issuer) => Bounded("cds:", issuer);

    private static HashSet<string> Owning(string id, IEnumerable<string> others) => new(others.Prepend(id), StringComparer.Ordinal);

    /// <summary>The prefixed value, or its SHA-256 when it would not fit the column: two long values never collide by truncation.</summary>
    private static string Bounded(string prefix, string value) =>
        prefix.Length + value.Length <= MaxLength
            ? prefix + value
            : prefix + "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
