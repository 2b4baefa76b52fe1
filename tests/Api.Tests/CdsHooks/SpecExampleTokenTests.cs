namespace CdsService.Api.Tests.CdsHooks;

using CdsService.Api.Persistence.Replay;
using System.Net;
using System.Text;
using CdsService.Api.CdsHooks;
using CdsService.Api.Security;
using CdsService.Api.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

/// <summary>
/// The specification's signed example (CDS Hooks 2.0 §Trusting CDS Clients, Example): its ES384 signature verifies
/// with the published JWKS, and its exp is in 2015, so it is rejected unless lifetime checks are off.
/// </summary>
public sealed class SpecExampleTokenTests
{
    private const string Audience = "https://cds.example.org/cds-services/some-service";

    private static CdsJwtValidator Validator(bool validateLifetime)
    {
        var options = new CdsHooksOptions { PublicBaseUrl = "https://cds.example.org" };
        var client = new TrustedClientOptions { Issuer = "https://fhir-ehr.example.com/", JwksUrl = "https://fhir-ehr.example.com/jwk_uri" };
        options.TrustedClients.Add(client);
        var jwks = File.ReadAllText(Path.Combine(HookCalls.ExamplesDirectory(), "jwks-example.json"));
        var keys = new JwksKeyCache(new StaticJwksFactory(jwks), TimeProvider.System, TestMetrics.Create(), NullLogger<JwksKeyCache>.Instance);
        return new CdsJwtValidator(Options.Create(options), keys, new MemoryReplayStore(), TimeProvider.System,
            NullLogger<CdsJwtValidator>.Instance) { ValidateLifetime = validateLifetime };
    }

    private static string Token() => File.ReadAllText(Path.Combine(HookCalls.ExamplesDirectory(), "jwt-signed-example.txt")).Trim();

    [Fact]
    public async Task Validate_SpecExampleToken_IsRejectedAsExpired()
    {
        Assert.Null(await Validator(validateLifetime: true).ValidateAsync("Bearer " + Token(), Audience, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Validate_SpecExampleTokenWithoutLifetimeChecks_IsAccepted()
    {
        var identity = await Validator(validateLifetime: false).ValidateAsync("Bearer " + Token(), Audience, TestContext.Current.CancellationToken);

        Assert.NotNull(identity);
        Assert.Equal("2ddd6c3a-8e9a-44c6-a305-52111ad302a2", identity.Tenant);
        Assert.Equal("ee22b021-e1b7-4611-ba5b-8eec6a33ac1e", identity.Jti);
    }

    [Fact]
    public async Task Validate_SpecExampleTokenWithOneSignatureByteChanged_IsRejected()
    {
        var token = Token();
        var broken = token[..^3] + (token[^3] == 'A' ? 'B' : 'A') + token[^2..];
        Assert.Null(await Validator(validateLifetime: false).ValidateAsync("Bearer " + broken, Audience, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Validate_SpecExampleTokenForAnotherService_IsRejected()
    {
        Assert.Null(await Validator(validateLifetime: false).ValidateAsync("Bearer " + Token(), Audience + "-b", TestContext.Current.CancellationToken));
    }

    private sealed class MemoryReplayStore : IJwtReplayStore
    {
        private readonly HashSet<string> _seen = [];

        public Task<bool> TryRememberAsync(string issuer, string jti, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
            Task.FromResult(_seen.Add(issuer + "\n" + jti));

        public Task<int> RemoveExpiredAsync(CancellationToken cancellationToken) => Task.FromResult(0);
    }

    private sealed class StaticJwksFactory(string jwks) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(new StaticHandler(jwks));

        private sealed class StaticHandler(string jwks) : HttpMessageHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(jwks, Encoding.UTF8, "application/json") });
        }
    }
}
