namespace CdsService.Api.Tests.Infrastructure;

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

/// <summary>
/// Signs CDS Client JWTs by hand (ES384, RS384, and the forbidden HS256 and none) so that every header and claim
/// can be bent for the negative tests of docs/cds-hooks.md J1-J9.
/// </summary>
public sealed class CdsHooksTokenMinter : IDisposable
{
    public const string Issuer = "https://ehr.test.example";

    private readonly ECDsa _ec = ECDsa.Create(ECCurve.NamedCurves.nistP384);
    private readonly RSA _rsa = RSA.Create(2048);

    public string EcKid { get; private set; } = "ec-1";
    public string RsaKid { get; } = "rsa-1";

    public string? Jku { get; set; }

    /// <summary>Rotates the EC key: a new kid that the JWKS serves only after the change.</summary>
    public ECDsa RotateEc(string kid)
    {
        EcKid = kid;
        return _ec;
    }

    public string Mint(string audience, Action<JsonObject>? header = null, Action<JsonObject>? payload = null, string alg = "ES384")
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var h = new JsonObject { ["alg"] = alg, ["typ"] = "JWT", ["kid"] = alg == "RS384" ? RsaKid : EcKid };
        if (Jku is not null)
        {
            h["jku"] = Jku;
        }

        var p = new JsonObject
        {
            ["iss"] = Issuer, ["aud"] = audience, ["exp"] = now + 300, ["iat"] = now, ["jti"] = Guid.NewGuid().ToString(),
        };
        header?.Invoke(h);
        payload?.Invoke(p);
        var signingInput = B64(h.ToJsonString()) + "." + B64(p.ToJsonString());
        return signingInput + "." + Sign(signingInput, h["alg"]?.GetValue<string>() ?? "none");
    }

    public JsonObject Jwks() => new()
    {
        ["keys"] = new JsonArray(EcJwk(), RsaJwk()),
    };

    private JsonObject EcJwk()
    {
        var parameters = _ec.ExportParameters(false);
        return new JsonObject
        {
            ["kty"] = "EC", ["crv"] = "P-384", ["kid"] = EcKid, ["use"] = "sig", ["alg"] = "ES384",
            ["x"] = Base64UrlEncoder.Encode(parameters.Q.X), ["y"] = Base64UrlEncoder.Encode(parameters.Q.Y),
        };
    }

    private JsonObject RsaJwk()
    {
        var parameters = _rsa.ExportParameters(false);
        return new JsonObject
        {
            ["kty"] = "RSA", ["kid"] = RsaKid, ["use"] = "sig", ["alg"] = "RS384",
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus), ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
    }

    private string Sign(string input, string alg)
    {
        var data = Encoding.ASCII.GetBytes(input);
        return alg switch
        {
            "ES384" => Base64UrlEncoder.Encode(_ec.SignData(data, HashAlgorithmName.SHA384)),
            "RS384" => Base64UrlEncoder.Encode(_rsa.SignData(data, HashAlgorithmName.SHA384, RSASignaturePadding.Pkcs1)),
            "HS256" => Base64UrlEncoder.Encode(HMACSHA256.HashData(Encoding.ASCII.GetBytes("a-shared-secret-that-is-long-enough-32"), data)),
            _ => "",
        };
    }

    private static string B64(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));

    public void Dispose()
    {
        _ec.Dispose();
        _rsa.Dispose();
    }

    public static JsonNode Parse(string json) => JsonNode.Parse(json, documentOptions: new JsonDocumentOptions())!;
}
