namespace CdsService.Api.Auth;

/// <summary>
/// Who may call /api/v1 and /fhir (docs/security.md: REST auth required outside Development): a JWT bearer from a
/// configured authority (OpenID Connect discovery), or an API key for tumor-board scripts. Keys are configured as
/// SHA-256 hashes so no plaintext key sits in configuration.
/// </summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>False only for local development (appsettings.Development.json).</summary>
    public bool Required { get; set; } = true;

    public JwtBearerSettings Jwt { get; set; } = new();

    public IList<ApiKeyEntry> ApiKeys { get; } = [];

    public bool HasJwt => !string.IsNullOrWhiteSpace(Jwt.Authority);

    public bool HasApiKeys => ApiKeys.Count > 0;
}

public sealed class JwtBearerSettings
{
    /// <summary>The issuer's base URL; its /.well-known/openid-configuration gives the signing keys.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience the tokens must carry.</summary>
    public string? Audience { get; set; }

    /// <summary>True except for a loopback authority in tests.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Timeout of one discovery-document or key fetch from the authority (ASP.NET Core's own default, 60 s).</summary>
    public TimeSpan BackchannelTimeout { get; set; } = TimeSpan.FromSeconds(60);
}

public sealed class ApiKeyEntry
{
    /// <summary>Who holds the key (shown as the caller's name; never the key).</summary>
    public string Name { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the key: <c>printf %s "$KEY" | sha256sum</c>.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>Auth:ApiKeys:N:Scopes:M, from <see cref="ApiScopes.All"/>; none configured means evaluate and read:own.</summary>
    public IList<string> Scopes { get; } = [];

    /// <summary>
    /// Auth:ApiKeys:N:CdsClients:M: CDS Hooks issuers whose evaluations this key reads as its own (an EHR
    /// integration reading back its cards' evaluations). Without it, CDS Hooks evaluations are read only with read:all.
    /// </summary>
    public IList<string> CdsClients { get; } = [];

    /// <summary>The scopes this key is granted.</summary>
    public IReadOnlyList<string> EffectiveScopes => Scopes.Count == 0 ? ApiScopes.KeyDefault : [.. Scopes];
}
