namespace CdsService.Api.Tests.CdsHooks;

using System.Net;
using CdsService.Api.Tests.Infrastructure;

/// <summary>docs/cds-hooks.md J1-J9, E3: every forged, expired, replayed or misaddressed token gets the same bare 401.</summary>
public sealed class JwtSecurityTests(CdsHooksAppFactory factory) : IClassFixture<CdsHooksAppFactory>
{
    private static readonly string Aud = CdsHooksAppFactory.Audience(HookCalls.PatientView);

    private async Task AssertBare401Async(string? token, string path = HookCalls.PatientView)
    {
        var body = HookCalls.PatientViewRequest(factory, HookCalls.FullPrefetch());
        using var response = token is null ? await factory.PostAsync(path, body, noToken: true) : await factory.PostAsync(path, body, token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.False(response.Headers.WwwAuthenticate.Count > 0 && response.Headers.WwwAuthenticate.ToString().Contains("error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Call_ValidEs384Token_IsAccepted()
    {
        using var response = await factory.PostAsync(HookCalls.PatientView, HookCalls.PatientViewRequest(factory, HookCalls.FullPrefetch()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Call_ValidRs384Token_IsAccepted()
    {
        var token = factory.Minter.Mint(Aud, alg: "RS384");
        using var response = await factory.PostAsync(HookCalls.PatientView, HookCalls.PatientViewRequest(factory, HookCalls.FullPrefetch()), token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public Task Call_NoAuthorization_Is401() => AssertBare401Async(null);

    [Fact]
    public Task Call_AlgNone_Is401() => AssertBare401Async(factory.Minter.Mint(Aud, alg: "none"));

    [Fact]
    public Task Call_Hs256_Is401() => AssertBare401Async(factory.Minter.Mint(Aud, alg: "HS256"));

    [Fact]
    public Task Call_NoKid_Is401() => AssertBare401Async(factory.Minter.Mint(Aud, header: h => h.Remove("kid")));

    [Fact]
    public Task Call_NoTyp_Is401() => AssertBare401Async(factory.Minter.Mint(Aud, header: h => h.Remove("typ")));

    [Fact]
    public Task Call_UnknownIssuer_Is401() => AssertBare401Async(factory.Minter.Mint(Aud, payload: p => p["iss"] = "https://evil.example"));

    [Fact]
    public Task Call_Expired_Is401() => AssertBare401Async(factory.Minter.Mint(Aud, payload: p => p["exp"] = DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds()));

    [Fact]
    public Task Call_NotYetValid_Is401() => AssertBare401Async(factory.Minter.Mint(Aud, payload: p => p["nbf"] = DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds()));

    [Fact]
    public Task Call_ExpFarAhead_Is401() => AssertBare401Async(factory.Minter.Mint(Aud, payload: p => p["exp"] = DateTimeOffset.UtcNow.AddHours(3).ToUnixTimeSeconds()));

    [Fact]
    public Task Call_NoJti_Is401() => AssertBare401Async(factory.Minter.Mint(Aud, payload: p => p.Remove("jti")));

    [Fact]
    public Task Call_TamperedPayload_Is401()
    {
        var token = factory.Minter.Mint(Aud);
        var other = factory.Minter.Mint(Aud, payload: p => p["tenant"] = "other");
        var parts = token.Split('.');
        return AssertBare401Async($"{parts[0]}.{other.Split('.')[1]}.{parts[2]}");
    }

    [Fact]
    public Task Call_AudienceWithTrailingSlash_Is401() => AssertBare401Async(factory.Minter.Mint(Aud + "/"));

    [Fact]
    public Task Call_AudienceOfTheLoopbackHost_Is401() =>
        AssertBare401Async(factory.Minter.Mint(factory.ServerAddress.AbsoluteUri.TrimEnd('/') + HookCalls.PatientView));

    [Fact]
    public async Task Call_TokenForServiceAReplayedToB_Is401()
    {
        var tokenForOrderSign = factory.Minter.Mint(CdsHooksAppFactory.Audience(HookCalls.OrderSign));
        await AssertBare401Async(tokenForOrderSign, HookCalls.PatientView);
    }

    [Fact]
    public async Task Call_SameJtiTwice_SecondIs401()
    {
        var token = factory.Minter.Mint(Aud);
        using var first = await factory.PostAsync(HookCalls.PatientView, HookCalls.PatientViewRequest(factory, HookCalls.FullPrefetch()), token);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await AssertBare401Async(token);
    }

    [Fact]
    public async Task Call_AudienceArrayWithTheUrl_IsAccepted()
    {
        var token = factory.Minter.Mint(Aud, payload: p => p["aud"] = new System.Text.Json.Nodes.JsonArray("https://other.example", Aud));
        using var response = await factory.PostAsync(HookCalls.PatientView, HookCalls.PatientViewRequest(factory, HookCalls.FullPrefetch()), token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Call_EpicShapedToken_IsAccepted()
    {
        var now = DateTimeOffset.UtcNow;
        var token = factory.Minter.Mint(Aud, alg: "RS384", payload: p =>
        {
            p["sub"] = "epic-client-id";
            p["iat"] = now.ToUnixTimeSeconds();
            p["nbf"] = now.AddMinutes(-5).ToUnixTimeSeconds();
            p["exp"] = now.AddMinutes(15).ToUnixTimeSeconds();
        });
        using var response = await factory.PostAsync(HookCalls.PatientView, HookCalls.PatientViewRequest(factory, HookCalls.FullPrefetch()), token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public Task Call_CritHeader_Is401() => AssertBare401Async(factory.Minter.Mint(Aud, header: h => h["crit"] = new System.Text.Json.Nodes.JsonArray("exp")));

    [Fact]
    public Task Call_IatADayAhead_Is401() => AssertBare401Async(factory.Minter.Mint(Aud, payload: p => p["iat"] = DateTimeOffset.UtcNow.AddDays(1).ToUnixTimeSeconds()));

    [Fact]
    public Task Call_IatBeyondTheClockSkew_Is401() => AssertBare401Async(factory.Minter.Mint(Aud, payload: p => p["iat"] = DateTimeOffset.UtcNow.AddSeconds(120).ToUnixTimeSeconds()));

    [Theory]
    [InlineData("jwt")]
    [InlineData("Jwt")]
    public async Task Call_TypInAnyCase_IsAccepted(string typ)
    {
        var token = factory.Minter.Mint(Aud, header: h => h["typ"] = typ);
        using var response = await factory.PostAsync(HookCalls.PatientView, HookCalls.PatientViewRequest(factory, HookCalls.FullPrefetch()), token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public Task Call_OtherTyp_Is401() => AssertBare401Async(factory.Minter.Mint(Aud, header: h => h["typ"] = "at+jwt"));

    [Fact]
    public async Task Call_UnlistedJku_Is401WithoutFetchingIt()
    {
        var evil = new Uri(factory.Jwks.BaseUrl, "/evil-jwks.json").AbsoluteUri;
        await AssertBare401Async(factory.Minter.Mint(Aud, header: h => h["jku"] = evil));
        Assert.Equal(0, factory.Jwks.Fetches("/evil-jwks.json"));
    }

    [Fact]
    public async Task Call_ListedJku_IsAccepted()
    {
        var token = factory.Minter.Mint(Aud, header: h => h["jku"] = factory.Jwks.JwksUrl);
        using var response = await factory.PostAsync(HookCalls.PatientView, HookCalls.PatientViewRequest(factory, HookCalls.FullPrefetch()), token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
