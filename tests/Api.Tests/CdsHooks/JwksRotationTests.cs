namespace CdsService.Api.Tests.CdsHooks;

using System.Net;
using CdsService.Api.Tests.Infrastructure;

/// <summary>docs/cds-hooks.md J6: keys come from the client's JWKS over HTTP, are cached, and an unknown kid refetches once.</summary>
public sealed class JwksRotationTests : IAsyncLifetime
{
    private readonly CdsHooksAppFactory _factory = new();

    [Fact]
    public async Task Call_RotatedKid_RefetchesOnceThenUnknownKidIs401()
    {
        var aud = CdsHooksAppFactory.Audience(HookCalls.PatientView);
        using (var first = await _factory.PostAsync(HookCalls.PatientView, HookCalls.PatientViewRequest(_factory, HookCalls.FullPrefetch())))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using (var cached = await _factory.PostAsync(HookCalls.PatientView, HookCalls.PatientViewRequest(_factory, HookCalls.FullPrefetch())))
        {
            Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        }

        Assert.Equal(1, _factory.Jwks.Fetches());
        _factory.Minter.RotateEc("ec-2");
        using (var rotated = await _factory.PostAsync(HookCalls.PatientView, HookCalls.PatientViewRequest(_factory, HookCalls.FullPrefetch())))
        {
            Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        }

        Assert.Equal(2, _factory.Jwks.Fetches());
        var unknown = _factory.Minter.Mint(aud, header: h => h["kid"] = "never-published");
        using var rejected = await _factory.PostAsync(HookCalls.PatientView, HookCalls.PatientViewRequest(_factory, HookCalls.FullPrefetch()), unknown);
        Assert.Equal(HttpStatusCode.Unauthorized, rejected.StatusCode);
        Assert.Equal(2, _factory.Jwks.Fetches());
    }

    [Fact]
    public async Task Call_JwksServerThatNeverAnswers_Is401WhenTheFetchTimesOut()
    {
        var logs = new CapturedLogs();
        await using var factory = new CdsHooksAppFactory { JwksTimeout = TimeSpan.FromMilliseconds(300), Logs = logs };
        factory.Jwks.NeverAnswers = true;
        using var response = await factory.PostAsync(HookCalls.PatientView, HookCalls.PatientViewRequest(factory, HookCalls.FullPrefetch()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(logs.Entries, e => e.Message == "JWKS fetch from 127.0.0.1 failed: TaskCanceledException");
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}
