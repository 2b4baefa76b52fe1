namespace CdsService.Api.Tests.Auth;

using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

/// <summary>
/// A real OpenID Connect authority on loopback (discovery document + JWKS over HTTP), so the JwtBearer handler fetches
/// keys exactly as it would from a hospital identity provider. It also mints the RS256 tokens the tests send.
/// </summary>
public sealed class OidcAuthorityServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key;

    private OidcAuthorityServer(WebApplication app, RsaSecurityKey key, string authority)
    {
        _app = app;
        _key = key;
        Authority = authority;
    }

    public string Authority { get; }

    public static async Task<OidcAuthorityServer> StartAsync()
    {
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-rs256" };
        // Port 0: the kernel picks a free port at bind time, so no two servers race for one.
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        var authority = "";
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(key);
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = authority,
            ["jwks_uri"] = authority + "/jwks",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        app.MapGet("/jwks", () => Results.Json(new { keys = new[] { new { kty = jwk.Kty, kid = jwk.Kid, use = "sig", alg = "RS256", n = jwk.N, e = jwk.E } } }));
        await app.StartAsync();
        authority = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new OidcAuthorityServer(app, key, authority);
    }

    /// <summary>What a clinician's token carries unless a test says otherwise.</summary>
    public const string DefaultScope = "evaluate read:own";

    public string Mint(
        string audience, DateTime? expires = null, string? issuer = null, SecurityKey? signingKey = null, string subject = "dr-test",
        string? scope = DefaultScope)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Authority,
            Audience = audience,
            Subject = new System.Security.Claims.ClaimsIdentity(
                scope is null ? [new System.Security.Claims.Claim("sub", subject)] : [new System.Security.Claims.Claim("sub", subject), new System.Security.Claims.Claim("scope", scope)]),
            Claims = new Dictionary<string, object> { ["client_id"] = "test-app" },
            NotBefore = (expires ?? now.AddMinutes(5)).AddMinutes(-10),
            IssuedAt = (expires ?? now.AddMinutes(5)).AddMinutes(-10),
            Expires = expires ?? now.AddMinutes(5),
            SigningCredentials = new SigningCredentials(signingKey ?? _key, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
