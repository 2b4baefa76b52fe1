namespace CdsService.Api.Tests.CdsHooks;

using System.Net;
using System.Text;
using CdsService.Api.CdsHooks;
using CdsService.Api.Security;
using CdsService.Api.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

/// <summary>docs/security.md: one JWKS fetch at a time per client, so a client whose JWKS hangs holds up no other client.</summary>
public sealed class JwksFetchLockTests
{
    private static readonly Uri Slow = new("https://slow-ehr.example/jwks.json");
    private static readonly Uri Fast = new("https://fast-ehr.example/jwks.json");

    [Fact]
    public async Task FetchOfOneClient_WhileAnotherClientsFetchHangs_Completes()
    {
        using var minter = new CdsHooksTokenMinter();
        var factory = new GatedJwksFactory(minter.Jwks().ToJsonString());
        using var cache = new JwksKeyCache(factory, TimeProvider.System, Options.Create(new CdsHooksOptions()), TestMetrics.Create(), NullLogger<JwksKeyCache>.Instance);
        var ct = TestContext.Current.CancellationToken;

        var slow = cache.GetKeysAsync(Slow, minter.EcKid, ct);
        await factory.SlowStarted.Task.WaitAsync(ct);
        var fast = await cache.GetKeysAsync(Fast, minter.EcKid, ct).WaitAsync(ct);

        Assert.False(slow.IsCompleted);
        Assert.Equal(minter.EcKid, Assert.Single(fast).KeyId);
        factory.ReleaseSlow.SetResult();
        Assert.Equal(minter.EcKid, Assert.Single(await slow).KeyId);
    }

    private sealed class GatedJwksFactory(string jwks) : IHttpClientFactory
    {
        public TaskCompletionSource SlowStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource ReleaseSlow { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public HttpClient CreateClient(string name) => new(new Handler(this, jwks));

        private sealed class Handler(GatedJwksFactory owner, string jwks) : HttpMessageHandler
        {
            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                if (request.RequestUri == Slow)
                {
                    owner.SlowStarted.TrySetResult();
                    await owner.ReleaseSlow.Task.WaitAsync(cancellationToken);
                }

                return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(jwks, Encoding.UTF8, "application/json") };
            }
        }
    }
}
