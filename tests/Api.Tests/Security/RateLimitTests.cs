namespace CdsService.Api.Tests.Security;

using System.Net;
using System.Text;
using CdsService.Api.Health;
using CdsService.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

/// <summary>
/// Security:RateLimits (docs/security.md, "Rate limits") on the real service over loopback: each test lowers the
/// limits to 3 per hour, so that no window can roll over while it runs, and sends the fourth request.
/// </summary>
public sealed class RateLimitTests
{
    private const int Limit = 3;
    // A Patient alone is FHIR, but not an input $evaluate reads (a Bundle or a Parameters): a 400 that still counts.
    private const string ValidFhirShapeButBadType = """{"resourceType":"Patient","id":"not-an-input"}""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static CdsHooksAppFactory Host(Action<IServiceCollection>? services = null) => new()
    {
        Settings = new Dictionary<string, string>
        {
            ["Security:RateLimits:PerCaller:PermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Security:RateLimits:PerCaller:Window"] = "01:00:00",
            ["Security:RateLimits:FailedAuth:PermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Security:RateLimits:FailedAuth:Window"] = "01:00:00",
            ["Security:RateLimits:ReadinessCache"] = "01:00:00",
        },
        ExtraServices = services,
    };

    [Fact]
    public async Task PerCaller_OnRest_FourthRequestIs429WithRetryAfterAsProblemJson()
    {
        await using var host = Host();
        using var client = Keyed(host, CdsHooksAppFactory.RestApiKey);
        for (var i = 0; i < Limit; i++)
        {
            using var allowed = await client.GetAsync("/api/v1/knowledge-base", Ct);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await client.GetAsync("/api/v1/knowledge-base", Ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        AssertRetryAfterWithinTheWindow(refused);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var body = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Contains("\"type\":\"urn:cds-service:problem:too-many-requests\"", body, StringComparison.Ordinal);
        Assert.Contains("\"status\":429", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PerCaller_OnFhir_FourthRequestIs429AsOperationOutcome()
    {
        await using var host = Host();
        using var client = Keyed(host, CdsHooksAppFactory.RestApiKey);
        for (var i = 0; i < Limit; i++)
        {
            using var counted = await client.PostAsync("/fhir/$evaluate", FhirBody(), Ct);
            Assert.Equal(HttpStatusCode.BadRequest, counted.StatusCode);
        }

        using var refused = await client.PostAsync("/fhir/$evaluate", FhirBody(), Ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        AssertRetryAfterWithinTheWindow(refused);
        Assert.Equal("application/fhir+json", refused.Content.Headers.ContentType?.MediaType);
        var body = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Contains("\"resourceType\":\"OperationOutcome\"", body, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"throttled\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneCallerAtItsLimit_LeavesAnotherCallerUnaffected()
    {
        await using var host = Host();
        using var first = Keyed(host, CdsHooksAppFactory.RestApiKey);
        for (var i = 0; i < Limit; i++)
            (await first.GetAsync("/api/v1/knowledge-base", Ct)).Dispose();
        using var firstRefused = await first.GetAsync("/api/v1/knowledge-base", Ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, firstRefused.StatusCode);

        using var other = Keyed(host, CdsHooksAppFactory.OtherRestApiKey);
        using var response = await other.GetAsync("/api/v1/knowledge-base", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task WrongKeyGuessesFromOneAddress_Get429AfterTheLimit_ButAValidKeyStillWorks()
    {
        await using var host = Host();
        for (var i = 0; i < Limit; i++)
        {
            using var guess = Keyed(host, $"guess-{i}");
            using var refusedKey = await guess.GetAsync("/api/v1/knowledge-base", Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, refusedKey.StatusCode);
        }

        using var nextGuess = Keyed(host, "guess-next");
        using var throttled = await nextGuess.GetAsync("/api/v1/knowledge-base", Ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        AssertRetryAfterWithinTheWindow(throttled);
        Assert.Equal("application/problem+json", throttled.Content.Headers.ContentType?.MediaType);

        // The budget is the guesser's address for refused credentials only: an accepted key is counted as its caller.
        using var valid = Keyed(host, CdsHooksAppFactory.RestApiKey);
        using var accepted = await valid.GetAsync("/api/v1/knowledge-base", Ct);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task Readiness_TwoProbesWithinTheCacheWindow_RunTheChecksOnce()
    {
        var counting = new CountingCheck();
        await using var host = Host(s => s.AddHealthChecks().AddCheck("counting", counting, tags: [HealthExtensions.ReadyTag]));
        using var client = host.Client();

        using var first = await client.GetAsync(HealthExtensions.ReadyPath, Ct);
        using var second = await client.GetAsync(HealthExtensions.ReadyPath, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("Healthy", await second.Content.ReadAsStringAsync(Ct));
        Assert.Equal(1, counting.Runs);
    }

    private static HttpClient Keyed(CdsHooksAppFactory host, string key)
    {
        var client = host.Client();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static StringContent FhirBody() => new(ValidFhirShapeButBadType, Encoding.UTF8, "application/fhir+json");

    private static void AssertRetryAfterWithinTheWindow(HttpResponseMessage response)
    {
        var delta = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(delta);
        Assert.InRange(delta.Value, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
    }

    /// <summary>A readiness check that counts its runs: the database check runs exactly as often (same tag, same report).</summary>
    private sealed class CountingCheck : IHealthCheck
    {
        private int _runs;

        public int Runs => Volatile.Read(ref _runs);

        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _runs);
            return Task.FromResult(HealthCheckResult.Healthy());
        }
    }
}
