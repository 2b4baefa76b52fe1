namespace CdsService.Api.Tests.Smart;

using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using CdsService.Api.Persistence;
using CdsService.Api.Persistence.Audit;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// docs/smart.md: a full SMART App Launch 2.x EHR launch over real HTTP, redirects followed by hand (launch -> the EHR's
/// /authorize -> callback -> the stored evaluation), and the failure pages of a launch that cannot go on.
/// </summary>
public sealed class SmartLaunchTests : IAsyncLifetime
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private readonly SmartTestApp _app = new();
    private readonly HttpClient _browser = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _app.Start();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task EhrLaunch_AuthorizesWithPkce_ReadsWithTheToken_StoresTheEvaluation_AndOpensIt()
    {
        using var launch = await GetAsync(_app.Ehr.LaunchUrl(_app.BaseUrl));

        Assert.Equal(HttpStatusCode.Redirect, launch.StatusCode);
        var authorize = launch.Headers.Location!;
        Assert.StartsWith(new Uri(new Uri(_app.Ehr.Issuer), "/authorize").AbsoluteUri, authorize.AbsoluteUri, StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(authorize.Query);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal(SmartFakeEhr.ClientId, query["client_id"]);
        Assert.Equal($"{_app.BaseUrl.AbsoluteUri}app/callback", query["redirect_uri"]);
        Assert.Equal("launch-123", query["launch"]);
        Assert.Equal("launch patient/Patient.read patient/Observation.read openid fhirUser", query["scope"]);
        Assert.Equal(_app.Ehr.Issuer, query["aud"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal(43, query["code_challenge"].ToString().Length);
        Assert.True(query["state"].ToString().Length >= 43);

        using var consent = await GetAsync(authorize.AbsoluteUri);
        Assert.Equal(HttpStatusCode.Redirect, consent.StatusCode);
        using var callback = await GetAsync(consent.Headers.Location!.AbsoluteUri);

        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        var view = callback.Headers.Location!;
        Assert.StartsWith($"{_app.BaseUrl.AbsoluteUri}app/evaluations/", view.AbsoluteUri, StringComparison.Ordinal);
        var token = Assert.Single(_app.Ehr.IssuedTokens);
        Assert.DoesNotContain(token, view.AbsoluteUri, StringComparison.Ordinal);
        Assert.False(callback.Headers.Contains("Set-Cookie"));

        // RFC 7636 §4.5: the verifier sent to /token is the one whose S256 hash was the challenge.
        var exchange = Assert.Single(_app.Ehr.TokenRequests);
        Assert.Equal(query["code_challenge"], WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(exchange["code_verifier"]))));
        Assert.Equal(SmartFakeEhr.ClientId, exchange["client_id"]);

        // The patient-view reads of a CDS Hooks call with fhirServer: Patient, then the Observation searches, each with the token.
        var reads = _app.Ehr.FhirRequests;
        Assert.Equal("/fhir/Patient/p1", reads[0].PathAndQuery);
        Assert.Equal(4, reads.Count);
        Assert.All(reads, r => Assert.Equal("Bearer " + token, r.Authorization));
        Assert.All(reads.Skip(1), r => Assert.StartsWith("/fhir/Observation?patient=p1&", r.PathAndQuery, StringComparison.Ordinal));

        var id = Guid.Parse(view.Segments[^1]);
        var row = await EvaluationAsync(id);
        Assert.Equal(EvaluationChannels.Smart, row.Channel);
        Assert.Equal("p1", row.PatientId);
        Assert.Equal("positive", row.Her2Status);
        Assert.Equal("smart:" + _app.Ehr.Issuer, row.CallerId);
        Assert.Equal(SmartFakeEhr.ClientId, row.CallerClient);
        Assert.DoesNotContain(token, row.OutputJson + row.InputJson + row.EvaluationJson, StringComparison.Ordinal);
        Assert.Contains(_app.Logs.Entries, e => e.Level <= Microsoft.Extensions.Logging.LogLevel.Debug);
        Assert.All(_app.Logs.Entries, e => Assert.DoesNotContain(token, e.Message + e.Exception, StringComparison.Ordinal));
        Assert.All(_app.Logs.Entries, e => Assert.DoesNotContain(exchange["code_verifier"], e.Message, StringComparison.Ordinal));
        var note = JsonNode.Parse(row.OutputJson)!;
        Assert.Equal("p1", note["patient"]!.GetValue<string>());
        Assert.Equal(3, note["read"]!.AsArray().Count);
        Assert.Equal("Patient/p1", note["read"]![0]!.GetValue<string>());
        Assert.Empty(note["unread"]!.AsArray());

        // What the read-only view draws: the stored answer and the launch's note, through the view's signed token.
        using var answer = await GetAsync($"{_app.BaseUrl.AbsoluteUri}reports/evaluations/{id}/answer{view.Query}");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var stored = JsonNode.Parse(await answer.Content.ReadAsStringAsync(Ct))!;
        Assert.Equal("positive", stored["answer"]!["her2"]!["status"]!.GetValue<string>());
        Assert.Equal("Pertuzumab", stored["answer"]!["options"]![0]!["agent"]!.GetValue<string>());
        Assert.Equal(note.ToJsonString(), stored["launch"]!.ToJsonString());
    }

    [Fact]
    public async Task DeniedConsent_IsAPageSayingToLaunchAgainAndApprove_AndNothingIsRead()
    {
        _app.Ehr.Deny = true;

        using var page = await LaunchThroughConsentAsync();

        await AssertFailurePageAsync(page, HttpStatusCode.Forbidden, "Access was not granted", "launch it again and approve the access");
        Assert.Empty(_app.Ehr.TokenRequests);
        Assert.Empty(_app.Ehr.FhirRequests);
    }

    [Fact]
    public async Task WrongState_IsAPageSayingToLaunchAgain_AndNoCodeIsExchanged()
    {
        using var launch = await GetAsync(_app.Ehr.LaunchUrl(_app.BaseUrl));
        using var consent = await GetAsync(launch.Headers.Location!.AbsoluteUri);
        var code = QueryHelpers.ParseQuery(consent.Headers.Location!.Query)["code"];

        using var page = await GetAsync($"{_app.BaseUrl.AbsoluteUri}app/callback?code={code}&state=not-the-state");

        await AssertFailurePageAsync(page, HttpStatusCode.BadRequest, "This launch is not valid any more", "Launch the app again from the patient's chart");
        Assert.Empty(_app.Ehr.TokenRequests);
    }

    [Fact]
    public async Task ReplayedCallback_IsRefusedByItsState()
    {
        using var first = await LaunchThroughConsentAsync(followCallback: false);
        var callback = first.Headers.Location!.AbsoluteUri;
        using var done = await GetAsync(callback);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        using var replay = await GetAsync(callback);

        await AssertFailurePageAsync(replay, HttpStatusCode.BadRequest, "This launch is not valid any more", "already completed");
        Assert.Single(_app.Ehr.TokenRequests);
    }

    [Fact]
    public async Task ReusedCode_InANewLaunch_IsRefusedByTheTokenEndpoint_AndThePageSaysSo()
    {
        using var first = await LaunchThroughConsentAsync(followCallback: false);
        var firstCallback = first.Headers.Location!;
        using var done = await GetAsync(firstCallback.AbsoluteUri);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        using var second = await GetAsync(_app.Ehr.LaunchUrl(_app.BaseUrl));
        var secondState = QueryHelpers.ParseQuery(second.Headers.Location!.Query)["state"];
        var usedCode = QueryHelpers.ParseQuery(firstCallback.Query)["code"];

        using var page = await GetAsync($"{_app.BaseUrl.AbsoluteUri}app/callback?code={usedCode}&state={Uri.EscapeDataString(secondState!)}");

        await AssertFailurePageAsync(page, HttpStatusCode.BadRequest, "The sign-in code was not accepted", "expired or was already used");
        Assert.Equal(2, _app.Ehr.TokenRequests.Count);
    }

    [Fact]
    public async Task UnknownIss_IsAPageNamingTheConfiguration_AndNoAuthorizationStarts()
    {
        using var page = await GetAsync($"{_app.BaseUrl.AbsoluteUri}app/launch?iss={Uri.EscapeDataString("https://ehr.other.example/fhir")}&launch=x");

        await AssertFailurePageAsync(page, HttpStatusCode.Forbidden, "Unknown EHR", "Smart:Clients");
        Assert.Empty(_app.Ehr.Authorizations);
    }

    [Fact]
    public async Task MissingLaunchParameter_IsAPageSayingToStartFromTheChart()
    {
        using var page = await GetAsync($"{_app.BaseUrl.AbsoluteUri}app/launch?iss={Uri.EscapeDataString(_app.Ehr.Issuer)}");

        await AssertFailurePageAsync(page, HttpStatusCode.BadRequest, "Not a launch from an EHR", "Start the app from the patient's chart");
    }

    [Fact]
    public async Task FhirReadFailure_IsAPage_AndNothingIsStored()
    {
        _app.Ehr.FhirStatus = 500;

        using var page = await LaunchThroughConsentAsync();

        await AssertFailurePageAsync(page, HttpStatusCode.BadGateway, "The patient's chart could not be read", "Nothing was evaluated");
        await using var scope = _app.Factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<CdsDbContext>().Set<EvaluationRecord>().AnyAsync(r => r.Channel == EvaluationChannels.Smart, Ct));
    }

    /// <summary>Launch, then the EHR's /authorize; returns the callback's answer (or the EHR's redirect to it).</summary>
    private async Task<HttpResponseMessage> LaunchThroughConsentAsync(bool followCallback = true)
    {
        using var launch = await GetAsync(_app.Ehr.LaunchUrl(_app.BaseUrl));
        Assert.Equal(HttpStatusCode.Redirect, launch.StatusCode);
        var consent = await GetAsync(launch.Headers.Location!.AbsoluteUri);
        Assert.Equal(HttpStatusCode.Redirect, consent.StatusCode);
        if (!followCallback)
            return consent;
        using (consent)
            return await GetAsync(consent.Headers.Location!.AbsoluteUri);
    }

    private static async Task AssertFailurePageAsync(HttpResponseMessage page, HttpStatusCode status, string title, string whatToDo)
    {
        Assert.Equal(status, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains($"<h1>{HtmlEncoder.Default.Encode(title)}</h1>", html, StringComparison.Ordinal);
        Assert.Contains(HtmlEncoder.Default.Encode(whatToDo), html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> GetAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        return await _browser.SendAsync(request, Ct);
    }

    private async Task<EvaluationRecord> EvaluationAsync(Guid id)
    {
        await using var scope = _app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CdsDbContext>().Set<EvaluationRecord>().SingleAsync(r => r.Id == id, Ct);
    }

    public async ValueTask DisposeAsync()
    {
        _browser.Dispose();
        await _app.DisposeAsync();
    }
}
