namespace CdsService.Api.Tests.Smart;

using System.Net;
using CdsService.Api.CdsHooks.Cards;
using CdsService.Api.Tests.CdsHooks;
using CdsService.Api.Tests.Infrastructure;

/// <summary>
/// docs/cds-hooks.md S5 and docs/smart.md: with SMART launch configured every card carries, beside the signed report
/// link, a CDS Hooks 2.0 smart link to /app/launch, which the EHR opens with its own iss and launch; without SMART the
/// card has the report link only.
/// </summary>
public sealed class SmartCardLinkTests : IAsyncLifetime
{
    private readonly SmartTestApp _app = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _app.Start();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Card_CarriesASmartLinkToTheLaunchUrl_ThatStartsTheEhrLaunch()
    {
        var request = HookCalls.PatientViewRequest(_app.Factory, HookCalls.FullPrefetch(EndToEndHookTests.Ihc("LA11843-2")));
        using var response = await _app.Factory.PostAsync(HookCalls.PatientView, request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = (await response.JsonAsync())["cards"]![0]!["links"]!.AsArray();

        Assert.Equal(2, links.Count);
        Assert.Equal("absolute", links[0]!["type"]!.GetValue<string>());
        Assert.Equal(CardFactory.SmartLinkLabel, links[1]!["label"]!.GetValue<string>());
        Assert.Equal("smart", links[1]!["type"]!.GetValue<string>());
        var launchUrl = links[1]!["url"]!.GetValue<string>();
        Assert.Equal($"{_app.BaseUrl.AbsoluteUri}app/launch", launchUrl);
        Assert.Null(links[1]!["appContext"]);

        // CDS Hooks 2.0 §Link: for a smart link the EHR adds iss and launch and opens it.
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        using var launch = await browser.GetAsync($"{launchUrl}?iss={Uri.EscapeDataString(_app.Ehr.Issuer)}&launch=from-card", Ct);
        Assert.Equal(HttpStatusCode.Redirect, launch.StatusCode);
        Assert.Equal("from-card", Assert.Single(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(launch.Headers.Location!.Query)["launch"]));
    }

    [Fact]
    public async Task WithoutSmart_TheCardHasTheReportLinkOnly()
    {
        await using var plain = new CdsHooksAppFactory { Canned = null };
        using var response = await plain.PostAsync(HookCalls.PatientView, HookCalls.PatientViewRequest(plain, HookCalls.FullPrefetch(EndToEndHookTests.Ihc("LA11843-2"))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = Assert.Single((await response.JsonAsync())["cards"]![0]!["links"]!.AsArray());
        Assert.Equal("absolute", link!["type"]!.GetValue<string>());
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
