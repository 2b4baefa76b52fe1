namespace CdsService.Api.Auth;

using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

/// <summary>
/// The X-Api-Key header, compared by SHA-256 in constant time with the configured hashes. The key itself is never
/// logged or stored; the caller's identity is the key's configured name.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<AuthOptions> auth) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    private readonly (ApiKeyEntry Key, byte[] Hash)[] _keys = auth.Value.ApiKeys
        .Where(k => k.Sha256.Length == 64)
        .Select(k => (k, Convert.FromHexString(k.Sha256)))
        .ToArray();

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || values.Count != 1 || string.IsNullOrEmpty(values[0]))
            return Task.FromResult(AuthenticateResult.NoResult());

        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(values[0]!));
        foreach (var (key, hash) in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(presented, hash))
            {
                var identity = new ClaimsIdentity(
                    [
                        new Claim(ClaimTypes.Name, key.Name),
                        .. key.EffectiveScopes.Select(s => new Claim(CallerExtensions.ScopeClaim, s)),
                        .. key.CdsClients.Select(c => new Claim(CallerExtensions.CdsClientClaim, c)),
                    ],
                    SchemeName);
                return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
            }
        }

        return Task.FromResult(AuthenticateResult.Fail("unknown API key"));
    }
}
