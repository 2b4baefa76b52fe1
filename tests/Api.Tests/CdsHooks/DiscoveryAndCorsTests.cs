namespace CdsService.Api.Tests.CdsHooks;

using System.Net;
using System.Text.Json.Nodes;
using CdsService.Api.Tests.Infrastructure;

/// <summary>docs/cds-hooks.md D1, D2, D3, D4, D8, G1, X1, X2.</summary>
public sealed class DiscoveryAndCorsTests(CdsHooksAppFactory factory) : IClassFixture<CdsHooksAppFactory>
{
    [Fact]
    public async Task Discovery_WithJwtForItsUrl_ListsTheThreeServices()
    {
        using var response = await factory.GetAsync("/cds-services", factory.Minter.Mint(CdsHooksAppFactory.Audience("/cds-services")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var services = (await response.JsonAsync())["services"]!.AsArray();
        Assert.Equal(["her2-trastuzumab-patient-view", "trastuzumab-order-select", "trastuzumab-order-sign"], services.Select(s => s!["id"]!.GetValue<string>()));
        Assert.Equal(["patient-view", "order-select", "order-sign"], services.Select(s => s!["hook"]!.GetValue<string>()));
        Assert.All(services, s =>
        {
            Assert.False(string.IsNullOrEmpty(s!["title"]?.GetValue<string>()));
            Assert.False(string.IsNullOrEmpty(s["description"]?.GetValue<string>()));
            Assert.All(s["prefetch"]!.AsObject(), p => Assert.Contains("{{context.patientId}}", p.Value!.GetValue<string>(), StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task Discovery_WithoutJwt_Is401()
    {
        using var response = await factory.GetAsync("/cds-services", null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Discovery_EveryServiceId_IsRoutable()
    {
        foreach (var path in new[] { HookCalls.PatientView, HookCalls.OrderSelect, HookCalls.OrderSign })
        {
            using var response = await factory.PostAsync(path, new JsonObject());
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }

    [Fact]
    public async Task Discovery_AllServicesDisabled_AnswersAnEmptyListAndTheirCallsAre404()
    {
        await using var disabled = new CdsHooksAppFactory
        {
            DisabledServices = ["her2-trastuzumab-patient-view", "trastuzumab-order-select", "trastuzumab-order-sign"],
        };

        using var discovery = await disabled.GetAsync("/cds-services", disabled.Minter.Mint(CdsHooksAppFactory.Audience("/cds-services")));
        Assert.Equal(HttpStatusCode.OK, discovery.StatusCode);
        Assert.Equal("{\"services\":[]}", await discovery.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        foreach (var path in new[] { HookCalls.PatientView, HookCalls.OrderSelect, HookCalls.OrderSign, HookCalls.PatientView + "/feedback" })
        {
            using var response = await disabled.PostAsync(path, HookCalls.PatientViewRequest(disabled, HookCalls.FullPrefetch()));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task Discovery_OneServiceDisabled_ListsAndAnswersTheOthers()
    {
        await using var disabled = new CdsHooksAppFactory { DisabledServices = ["trastuzumab-order-sign"] };

        using var discovery = await disabled.GetAsync("/cds-services", disabled.Minter.Mint(CdsHooksAppFactory.Audience("/cds-services")));
        var services = (await discovery.JsonAsync())["services"]!.AsArray();
        Assert.Equal(["her2-trastuzumab-patient-view", "trastuzumab-order-select"], services.Select(s => s!["id"]!.GetValue<string>()));
        using var signed = await disabled.PostAsync(HookCalls.OrderSign, new JsonObject());
        Assert.Equal(HttpStatusCode.NotFound, signed.StatusCode);
        using var viewed = await disabled.PostAsync(HookCalls.PatientView, HookCalls.PatientViewRequest(disabled, HookCalls.FullPrefetch()));
        Assert.Equal(HttpStatusCode.OK, viewed.StatusCode);
    }

    [Fact]
    public async Task Preflight_AllowedOriginWithoutJwt_Is204WithCorsHeaders()
    {
        using var client = factory.Client();
        using var request = new HttpRequestMessage(HttpMethod.Options, HookCalls.PatientView);
        request.Headers.Add("Origin", CdsHooksAppFactory.AllowedOrigin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(CdsHooksAppFactory.AllowedOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var methods = string.Join(',', response.Headers.GetValues("Access-Control-Allow-Methods"));
        Assert.Contains("POST", methods, StringComparison.Ordinal);
        var headers = string.Join(',', response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("authorization", headers, StringComparison.Ordinal);
        Assert.Contains("content-type", headers, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Preflight_UnlistedOrigin_GetsNoAllowOrigin()
    {
        using var client = factory.Client();
        using var request = new HttpRequestMessage(HttpMethod.Options, HookCalls.PatientView);
        request.Headers.Add("Origin", "https://evil.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}

/// <summary>
/// RequireJwt without a public base URL or trusted client would answer every call with 401, so such a host refuses
/// to start, naming both settings (docs/operations.md).
/// </summary>
public sealed class UnconfiguredCdsHooksTests
{
    [Fact]
    public async Task Start_WhenJwtRequiredButUnconfigured_RefusesToStart()
    {
        await using var factory = new CdsHooksAppFactory { Unconfigured = true };

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => factory.ServerAddress);

        Assert.Contains(error.Failures, f => f.StartsWith("CdsHooks:RequireJwt is in force but CdsHooks:PublicBaseUrl is not set", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("CdsHooks:RequireJwt is in force but no CdsHooks:TrustedClients are configured", StringComparison.Ordinal));
    }
}
