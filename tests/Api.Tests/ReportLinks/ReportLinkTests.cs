namespace CdsService.Api.Tests.ReportLinks;

using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CdsService.Api.Auth;
using CdsService.Api.Persistence;
using CdsService.Api.Persistence.Access;
using CdsService.Api.ReportLinks;
using CdsService.Api.Tests.Batches;
using CdsService.Api.Tests.CdsHooks;
using CdsService.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

/// <summary>
/// docs/operations.md, "Report links": the report link of a CDS Hooks card, and the links of a batch report, open in
/// a browser that has no API key; an expired or altered link is a 401; a link opens its own report and no other;
/// every use is in the access log.
/// </summary>
public sealed partial class ReportLinkTests(CdsHooksAppFactory factory) : IClassFixture<CdsHooksAppFactory>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CardLink_OpensTheReportInABrowserWithoutAKey_AndTheUseIsLogged()
    {
        var link = await CardLinkAsync();
        Assert.Equal(ClinicianApp.ClinicianAppEndpoints.EvaluationViewPath, link.AbsolutePath[..^36]);

        // The card opens the clinician page's read-only view; the report it links carries the card's token.
        using var view = await BrowserGetAsync(link.PathAndQuery);
        using var response = await BrowserGetAsync(ReportOf(link));

        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("HER2", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(new Uri(CdsHooksAppFactory.PublicBaseUrl).Host, link.Host);
        var id = EvaluationIdOf(link);
        var use = await AccessLogAsync(AccessActions.ReadReportByLink, id);
        Assert.Equal(Caller.CdsId(CdsHooksTokenMinter.Issuer), use.CallerId);
    }

    [Fact]
    public async Task AlteredLink_Is401_AsAnHtmlPageForTheBrowser()
    {
        var link = await CardLinkAsync();
        var token = TokenOf(link);
        var altered = token[..20] + (token[20] == 'A' ? 'B' : 'A') + token[21..];

        using var response = await BrowserGetAsync($"{ReportLinkUrls.EvaluationPath}{EvaluationIdOf(link)}?format=html&token={altered}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("expired or is not valid for this report", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpiredLink_Is401()
    {
        var id = EvaluationIdOf(await CardLinkAsync());
        // Signed with the service's own keys, by a clock two hours behind: the link ran out an hour ago.
        var past = new ReportLinkSigner(factory.Services.GetRequiredService<IDataProtectionProvider>(),
            Options.Create(new ReportLinkOptions { LifetimeMinutes = 60 }), new ShiftedClock(TimeSpan.FromHours(-2)));
        var token = past.Sign(ReportLinkClaim.Evaluation, id, Caller.ForCdsClient(CdsHooksTokenMinter.Issuer, null));

        using var response = await BrowserGetAsync($"{ReportLinkUrls.EvaluationPath}{id}?format=html&token={token}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Link_NeverOpensAnotherEvaluation_NorABatch()
    {
        var first = await CardLinkAsync();
        var second = await CardLinkAsync();
        Assert.NotEqual(EvaluationIdOf(first), EvaluationIdOf(second));

        using var other = await BrowserGetAsync($"{ReportLinkUrls.EvaluationPath}{EvaluationIdOf(second)}?format=html&token={TokenOf(first)}");
        using var batch = await BrowserGetAsync($"{ReportLinkUrls.BatchPath}{EvaluationIdOf(first)}?format=html&token={TokenOf(first)}");
        using var none = await BrowserGetAsync($"{ReportLinkUrls.EvaluationPath}{EvaluationIdOf(first)}?format=html");

        Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, batch.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
    }

    [Fact]
    public async Task BatchReportLink_AndEveryPatientLinkInIt_OpenWithoutAKey()
    {
        using var api = factory.Client();
        api.DefaultRequestHeaders.Add("X-Api-Key", CdsHooksAppFactory.RestApiKey);
        var location = await api.SubmitOkAsync("patient_id,her2_ihc,pten\nlink-1,3+,loss\nlink-2,1+,\n");
        await api.WaitUntilFinishedAsync(location);
        var status = JsonNode.Parse(await api.GetStringAsync(location, Ct))!;
        var reportLink = new Uri(status["links"]!["reportLink"]!.GetValue<string>());

        using var report = await BrowserGetAsync(reportLink.PathAndQuery);
        var html = await report.Content.ReadAsStringAsync(Ct);
        var patientLinks = PatientLink().Matches(html).Select(m => new Uri(WebUtility.HtmlDecode(m.Groups[1].Value))).ToList();

        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        // Each of the two patients is linked twice: from its overview line and from its section.
        Assert.Equal(4, patientLinks.Count);
        Assert.Equal(2, patientLinks.Select(l => l.AbsolutePath).Distinct().Count());
        foreach (var patient in patientLinks)
        {
            using var page = await BrowserGetAsync(ReportOf(patient));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        var batchId = Guid.Parse(reportLink.Segments[^1]);
        Assert.Equal("key:rest-only", (await AccessLogAsync(AccessActions.ReadBatchReportByLink, batchId)).CallerId);
    }

    private async Task<Uri> CardLinkAsync()
    {
        factory.Canned!.Next = () => EvaluationFixtures.Build(Rules.Model.Her2Status.Equivocal);
        using var response = await factory.PostAsync(HookCalls.PatientView, HookCalls.PatientViewRequest(factory, HookCalls.FullPrefetch()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cards = (await response.JsonAsync())["cards"]!.AsArray();
        return new Uri(cards[0]!["links"]![0]!["url"]!.GetValue<string>());
    }

    private async Task<HttpResponseMessage> BrowserGetAsync(string pathAndQuery)
    {
        using var client = factory.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        return await client.SendAsync(request, Ct);
    }

    private async Task<AccessLogRecord> AccessLogAsync(string action, Guid id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CdsDbContext>();
        return await db.Set<AccessLogRecord>().SingleAsync(r => r.Action == action && r.ResourceId == id.ToString(), Ct);
    }

    private static Guid EvaluationIdOf(Uri link) => Guid.Parse(link.Segments[^1]);

    /// <summary>The one-patient report under the token of a view link.</summary>
    private static string ReportOf(Uri view) => $"{ReportLinkUrls.EvaluationPath}{EvaluationIdOf(view)}?format=html&token={TokenOf(view)}";

    private static string TokenOf(Uri link) => Regex.Match(link.Query, "token=([^&]+)").Groups[1].Value;

    [GeneratedRegex("href=\"([^\"]*/app/evaluations/[^\"]+)\"")]
    private static partial Regex PatientLink();

    private sealed class ShiftedClock(TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + offset;
    }
}
