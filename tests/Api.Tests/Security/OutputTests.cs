namespace CdsService.Api.Tests.Security;

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CdsService.Api.Tests.CdsHooks;

/// <summary>
/// docs/security.md, "Output", on the production host (Kestrel): nosniff everywhere, no-store on patient data,
/// frame-ancestors 'none' on HTML, no Server banner, a bare "Bearer" challenge, identifiers without bidi or
/// zero-width characters, and links that never take the Host header.
/// </summary>
public sealed class OutputTests(SqliteHostileInputFixture fixture) : IClassFixture<SqliteHostileInputFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PatientData_IsNoStoreAndNosniff_WithoutServerBanner()
    {
        using var client = fixture.RestClient();
        using var evaluation = await client.PostJsonAsync("""{"patientId":"out-1","her2":{"ihc":"3+"}}""");
        Assert.Equal(HttpStatusCode.OK, evaluation.StatusCode);
        var id = (await evaluation.ReadJsonAsync()).GetProperty("evaluationId").GetGuid();

        foreach (var path in new[] { "/api/v1/evaluations?pageSize=1", $"/api/v1/evaluations/{id}", $"/api/v1/evaluations/{id}/report?format=md" })
        {
            using var response = await client.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            Assert.False(response.Headers.Contains("Server"));
        }

        using var html = await client.GetAsync($"/api/v1/evaluations/{id}/report?format=html", Ct);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'", html.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("no-store", html.Headers.CacheControl?.ToString());

        using var live = await client.GetAsync("/health/live", Ct);
        Assert.Equal(["nosniff"], live.Headers.GetValues("X-Content-Type-Options"));
        Assert.False(live.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Errors_OnPatientDataRoutes_AreNoStoreAndNosniff()
    {
        using var client = fixture.Factory.Client();
        using var response = await client.GetAsync("/api/v1/evaluations", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Theory]
    [InlineData("p\\u202Eabc")]
    [InlineData("p\\u200Bq")]
    [InlineData("p\\u2066q\\u2069")]
    [InlineData("p\\uFEFF")]
    [InlineData("p\\u0007")]
    public async Task Identifiers_WithBidiZeroWidthOrControlCharacters_Are400(string patientId)
    {
        using var client = fixture.RestClient();
        using var rest = await client.PostJsonAsync($$$"""{"patientId":"{{{patientId}}}","her2":{"ihc":"3+"}}""");
        Assert.Equal(HttpStatusCode.BadRequest, rest.StatusCode);
        Assert.Equal("Must not contain bidirectional-override, zero-width or control characters.",
            (await rest.ReadJsonAsync()).GetProperty("errors").GetProperty("patientId")[0].GetString());

        var hook = HookCalls.PatientViewRequest(fixture.Factory, HookCalls.FullPrefetch(), patientId: "MARK").ToJsonString()
            .Replace("MARK", patientId, StringComparison.Ordinal);
        using var cds = await fixture.PostHookAsync(HookCalls.PatientView, hook);
        Assert.Equal(HttpStatusCode.BadRequest, cds.StatusCode);
        var outcome = JsonNode.Parse(await cds.Content.ReadAsStringAsync(Ct))!;
        Assert.Equal("context.patientId: must not contain bidirectional-override, zero-width or control characters.",
            outcome["issue"]![0]!["diagnostics"]!.GetValue<string>());
    }

    [Fact]
    public async Task CardReportLink_WithNoBaseUrlConfigured_IgnoresTheHostHeader()
    {
        await using var unconfigured = new CdsApiFactory();
        using var client = unconfigured.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, HookCalls.PatientView) { Content = new StringContent(PatientView().ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.Host = "evil.example";
        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("evil.example", text, StringComparison.Ordinal);
        Assert.Contains("(http://localhost/app/evaluations/", text, StringComparison.Ordinal);
    }

    private static JsonObject PatientView() => new()
    {
        ["hook"] = "patient-view",
        ["hookInstance"] = Guid.NewGuid().ToString(),
        ["context"] = new JsonObject { ["userId"] = "Practitioner/1", ["patientId"] = "p1" },
        ["prefetch"] = HookCalls.FullPrefetch(EndToEndHookTests.Ihc("LA11841-6"), EndToEndHookTests.PtenLoss()),
    };
}
