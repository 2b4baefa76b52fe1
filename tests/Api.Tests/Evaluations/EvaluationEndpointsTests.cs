namespace CdsService.Api.Tests.Evaluations;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CdsService.Api.Persistence.Audit;
using CdsService.Api.Tests.Persistence;
using Microsoft.Extensions.DependencyInjection;

public abstract class EvaluationEndpointsTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<EvaluationAuditEntry> StoreAsync(EvaluationAuditEntry entry)
    {
        await using var scope = fixture.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IEvaluationAudit>().SaveAsync(entry, Ct);
        return entry;
    }

    [Fact]
    public async Task GetEvaluation_Stored_ReturnsInputOutputAndProvenance()
    {
        var entry = await StoreAsync(SampleEvaluations.Entry());
        using var client = fixture.Factory.CreateClient();

        var body = await client.GetFromJsonAsync<JsonElement>($"/api/v1/evaluations/{entry.Id}", Ct);

        Assert.Equal(entry.Id, body.GetProperty("id").GetGuid());
        Assert.Equal("rest", body.GetProperty("channel").GetString());
        Assert.Equal("patient-001", body.GetProperty("patientId").GetString());
        Assert.Equal(SampleEvaluations.KbVersion, body.GetProperty("knowledgeBase").GetProperty("version").GetString());
        Assert.Equal(SampleEvaluations.KbHash, body.GetProperty("knowledgeBase").GetProperty("hash").GetString());
        Assert.Equal("loss", body.GetProperty("input").GetProperty("pten").GetString());
        Assert.Equal(entry.Id, body.GetProperty("output").GetProperty("evaluationId").GetGuid());
    }

    [Fact]
    public async Task GetEvaluation_Unknown_Returns404()
    {
        using var client = fixture.Factory.CreateClient();
        var response = await client.GetAsync($"/api/v1/evaluations/{Guid.NewGuid()}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ListEvaluations_ByPatientAndTimeRange_NewestFirstAndPaged()
    {
        var patient = "list-" + Guid.NewGuid();
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var day = 0; day < 5; day++)
            await StoreAsync(SampleEvaluations.Entry(patient, start.AddDays(day)));
        await StoreAsync(SampleEvaluations.Entry("someone-else", start.AddDays(1)));
        using var client = fixture.Factory.CreateClient();

        var from = Uri.EscapeDataString(start.AddDays(1).ToString("O"));
        var to = Uri.EscapeDataString(start.AddDays(4).ToString("O"));
        var page1 = await client.GetFromJsonAsync<JsonElement>($"/api/v1/evaluations?patientId={patient}&from={from}&to={to}&pageSize=2", Ct);
        var page2 = await client.GetFromJsonAsync<JsonElement>($"/api/v1/evaluations?patientId={patient}&from={from}&to={to}&pageSize=2&page=2", Ct);

        Assert.Equal(3, page1.GetProperty("total").GetInt32());
        var days = page1.GetProperty("items").EnumerateArray().Concat(page2.GetProperty("items").EnumerateArray())
            .Select(i => i.GetProperty("createdAt").GetDateTimeOffset().Day).ToList();
        Assert.Equal([4, 3, 2], days);
        Assert.All(page1.GetProperty("items").EnumerateArray(), i => Assert.Equal(patient, i.GetProperty("patientId").GetString()));
    }

    [Theory]
    [InlineData("pageSize=0")]
    [InlineData("pageSize=101")]
    [InlineData("page=0")]
    [InlineData("page=1001")]
    [InlineData("page=2147483647")]
    [InlineData("from=2025-02-01T00:00:00Z&to=2025-01-01T00:00:00Z")]
    public async Task ListEvaluations_InvalidQuery_Returns400Problem(string query)
    {
        using var client = fixture.Factory.CreateClient();
        var response = await client.GetAsync($"/api/v1/evaluations?{query}", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("md", "text/markdown")]
    [InlineData("html", "text/html")]
    public async Task GetReport_Stored_RendersHer2FindingsOptionsReferencesAndDisclaimer(string format, string mediaType)
    {
        var entry = await StoreAsync(SampleEvaluations.Entry());
        using var client = fixture.Factory.CreateClient();

        var response = await client.GetAsync($"/api/v1/evaluations/{entry.Id}/report?format={format}", Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("HER2 status: positive", text);
        Assert.Contains("PTEN loss activates PI3K", text);
        Assert.Contains("RAD001", text);
        Assert.Contains("[16]", text);
        Assert.Contains("[18, 60]", text);
        Assert.Contains("Nagata et al", text);
        Assert.Contains("[60] not identified", text);
        Assert.Contains(SampleEvaluations.KbVersion, text);
        Assert.Contains("Decision support only", text);
    }

    [Fact]
    public async Task GetReport_UnknownFormat_Returns400()
    {
        var entry = await StoreAsync(SampleEvaluations.Entry());
        using var client = fixture.Factory.CreateClient();
        var response = await client.GetAsync($"/api/v1/evaluations/{entry.Id}/report?format=pdf", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task GetReport_Unknown_Returns404()
    {
        using var client = fixture.Factory.CreateClient();
        var response = await client.GetAsync($"/api/v1/evaluations/{Guid.NewGuid()}/report", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetReport_InjectedPatientIdAndText_EscapedInBothFormats()
    {
        const string patient = "<script>alert(1)</script>";
        const string markdown = "**x**](javascript:alert(1)) <img src=x onerror=alert(1)>";
        var at = DateTimeOffset.UtcNow;
        var entry = SampleEvaluations.Entry(patient, at);
        entry = entry with { OutputJson = SampleEvaluations.Output(entry.Id, at, patient, markdown) };
        await StoreAsync(entry);
        using var client = fixture.Factory.CreateClient();

        var html = await client.GetStringAsync($"/api/v1/evaluations/{entry.Id}/report?format=html", Ct);
        var md = await client.GetStringAsync($"/api/v1/evaluations/{entry.Id}/report?format=md", Ct);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<strong>x</strong>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script>", md);
        Assert.DoesNotContain("**x**]", md);
        Assert.Contains(@"\*\*x\*\*]\(javascript:alert(1))", md);
    }
}

public sealed class PostgresEvaluationEndpointsTests(PostgresFixture fixture) : EvaluationEndpointsTests(fixture), IClassFixture<PostgresFixture>;

public sealed class SqliteEvaluationEndpointsTests(SqliteFixture fixture) : EvaluationEndpointsTests(fixture), IClassFixture<SqliteFixture>;
