namespace CdsService.Api.Security;

using CdsService.Api.Persistence.Replay;
using CdsService.Api.CdsHooks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

/// <summary>
/// Validates the CDS Client's bearer JWT (CDS Hooks 2.0 §Trusting CDS Clients; docs/cds-hooks.md J1-J9). Every failure is a
/// plain null: the caller answers a bare 401 and the reason goes to the log, never to the client (docs/cds-hooks.md E3).
/// </summary>
public sealed partial class CdsJwtValidator(
    IOptions<CdsHooksOptions> options,
    JwksKeyCache keys,
    IJwtReplayStore replayStore,
    TimeProvider time,
    ILogger<CdsJwtValidator> logger)
{
    // docs/cds-hooks.md J5: never "none", never symmetric; the two the spec recommends.
    private static readonly string[] Algorithms = [SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.RsaSha384];

    // docs/cds-hooks.md J7: replay entries are kept until exp, so an exp further out than this is refused.
    private static readonly TimeSpan MaxLifetime = TimeSpan.FromHours(1);

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    /// <summary>Tests of the specification's 2015 example token turn this off; production never does.</summary>
    internal bool ValidateLifetime { get; init; } = true;

    public async Task<CdsClientIdentity?> ValidateAsync(string? authorization, string audience, CancellationToken cancellationToken)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Reject("no bearer token");
        }

        var raw = authorization["Bearer ".Length..].Trim();
        if (Read(raw) is not { } token)
        {
            return Reject("unreadable token");
        }

        if (!Algorithms.Contains(token.Alg, StringComparer.Ordinal) || string.IsNullOrEmpty(token.Kid)
            || !string.Equals(token.Typ, "JWT", StringComparison.OrdinalIgnoreCase))
        {
            return Reject("header alg, kid or typ");
        }

        // RFC 7515 section 4.1.11: a recipient that does not understand a listed extension MUST reject the token, and
        // this service understands none.
        if (token.TryGetHeaderValue<object>("crit", out _))
        {
            return Reject("crit header");
        }

        var client = options.Value.TrustedClients.FirstOrDefault(c => string.Equals(c.Issuer, token.Issuer, StringComparison.Ordinal));
        if (client is null || !SafeUrl.TryParse(client.JwksUrl, out var jwksUrl))
        {
            return Reject("issuer not trusted");
        }

        // docs/cds-hooks.md J6: an unlisted jku is refused before anything is fetched (SSRF).
        if (token.TryGetHeaderValue<string>("jku", out var jku) && !string.Equals(jku, client.JwksUrl, StringComparison.Ordinal))
        {
            return Reject("jku not on the allowlist");
        }

        var signingKeys = await keys.GetKeysAsync(jwksUrl, token.Kid, cancellationToken);
        if (signingKeys.Count == 0)
        {
            return Reject("unknown kid");
        }

        var result = await _handler.ValidateTokenAsync(raw, Parameters(client.Issuer, audience, signingKeys));
        if (!result.IsValid)
        {
            return Reject(result.Exception?.GetType().Name ?? "invalid");
        }

        return await CheckReplayAsync(token, client, cancellationToken);
    }

    /// <summary>
    /// The token, or null when it is not a JWS in compact form. CanReadToken only checks the shape ("a.b.c" passes), so
    /// the decoding of header and payload, which throws on bad base64url or JSON, is inside the same refusal.
    /// </summary>
    private JsonWebToken? Read(string raw)
    {
        if (!_handler.CanReadToken(raw))
        {
            return null;
        }

        try
        {
            var token = _handler.ReadJsonWebToken(raw);
            _ = token.Issuer;
            return token;
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenException or System.Text.Json.JsonException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }

    private async Task<CdsClientIdentity?> CheckReplayAsync(JsonWebToken token, TrustedClientOptions client, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token.Id) || !token.TryGetPayloadValue<long>("iat", out var iat))
        {
            return Reject("jti or iat missing");
        }

        // A token issued in the future was minted by a clock that is wrong, or minted to outlive its exp check.
        if (ValidateLifetime && DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(iat, 0, 253402300799)) > time.GetUtcNow() + options.Value.ClockSkew)
        {
            return Reject("iat in the future");
        }

        var expires = new DateTimeOffset(token.ValidTo, TimeSpan.Zero);
        if (ValidateLifetime && expires > time.GetUtcNow() + MaxLifetime)
        {
            return Reject("exp too far ahead");
        }

        if (!await replayStore.TryRememberAsync(client.Issuer, token.Id, expires + options.Value.ClockSkew, cancellationToken))
        {
            return Reject("jti replayed");
        }

        token.TryGetPayloadValue<string>("tenant", out var tenant);
        LogAccepted(logger, client.Issuer, tenant, token.Id);
        return new CdsClientIdentity(client.Issuer, tenant, token.Id, client);
    }

    private TokenValidationParameters Parameters(string issuer, string audience, IReadOnlyList<SecurityKey> signingKeys) => new()
    {
        ValidIssuer = issuer,
        ValidAudience = audience,
        IssuerSigningKeys = signingKeys,
        ValidAlgorithms = Algorithms,
        // RFC 7515 section 4.1.9: typ is compared case-insensitively ("JWT", "jwt"); checked above.
        TypeValidator = (type, _, _) => type,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        RequireAudience = true,
        ValidateLifetime = ValidateLifetime,
        ClockSkew = options.Value.ClockSkew,
        IgnoreTrailingSlashWhenValidatingAudience = false,
    };

    private CdsClientIdentity? Reject(string reason)
    {
        LogRejected(logger, reason);
        return null;
    }

    // Debug: a stream of bad tokens must not fill the log; the reason never carries the token itself.
    [LoggerMessage(Level = LogLevel.Debug, Message = "CDS Hooks JWT rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "CDS Hooks JWT accepted: iss {Issuer}, tenant {Tenant}, jti {Jti}")]
    private static partial void LogAccepted(ILogger logger, string issuer, string? tenant, string jti);
}
