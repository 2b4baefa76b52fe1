namespace CdsService.Api.Tests.Evaluations;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CdsService.Api.Persistence;
using CdsService.Api.Persistence.Audit;
using CdsService.Api.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>The REST path end to end: every 200 from POST /api/v1/recommendations has its audit row, in both databases.</summary>
public abstract class RecommendationAuditTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly object Panel = new
    {
        patientId = "audit-" + Guid.NewGuid(),
        her2 = new { ihc = "3+" },
        pten = "loss",
        pik3ca = new { status = "mutated", variants = new[] { "H1047R" } },
    };

    [Fact]
    public async Task PostRecommendation_Answered_AuditRowHoldsInputOutputAndStamp()
    {
        using var client = fixture.Factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/recommendations", Panel, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonNode.Parse(body)!;
        var id = answer["evaluationId"]!.GetValue<Guid>();
        await using var scope = fixture.CreateScope();
        var row = await scope.ServiceProvider.GetRequiredService<CdsDbContext>().Evaluations.SingleAsync(e => e.Id == id, Ct);
        Assert.Equal(EvaluationChannels.Rest, row.Channel);
        Assert.StartsWith("audit-", row.PatientId, StringComparison.Ordinal);
        Assert.Null(row.HookInstance);
        Assert.Equal(answer["knowledgeBase"]!["version"]!.GetValue<string>(), row.KbVersion);
        Assert.Equal(answer["knowledgeBase"]!["hash"]!.GetValue<string>(), row.KbHash);
        Assert.Equal("positive", row.Her2Status);
        Assert.False(string.IsNullOrEmpty(row.EngineVersion));
        Assert.True(row.DurationMs > 0);
        Assert.Equal("loss", JsonNode.Parse(row.InputJson)!["pten"]!.GetValue<string>());
        // The stored output is the body the client received (jsonb keeps content, not key order).
        Assert.True(JsonNode.DeepEquals(answer, JsonNode.Parse(row.OutputJson)));
        if (fixture.Provider == DatabaseProvider.Sqlite)
            Assert.Equal(body, row.OutputJson);
    }

    /// <summary>HER2-low applies only to a final negative call: a pending IHC 2+ says "not yet known", never "no".</summary>
    [Theory]
    [InlineData("""{"her2":{"ihc":"2+"}}""", "not yet known (it applies only to a final negative call: IHC 1+, or IHC 2+ with negative ISH)")]
    [InlineData("""{"her2":{"ihc":"1+"}}""", "yes")]
    [InlineData("""{"her2":{"ihc":"0","ihcMembraneStaining":false}}""", "no")]
    [InlineData("""{"her2":{"ihc":"3+"}}""", "no")]
    public async Task Report_Her2LowLine_SaysNotYetKnownWhileTheCallIsPending(string panel, string said)
    {
        using var client = fixture.Factory.CreateClient();
        using var content = new StringContent(panel, System.Text.Encoding.UTF8, "application/json");
        var answer = await (await client.PostAsync("/api/v1/recommendations", content, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);

        var md = await client.GetStringAsync($"/api/v1/evaluations/{answer.GetProperty("evaluationId").GetGuid()}/report?format=md", Ct);

        Assert.Contains("- HER2-low (a therapy-eligibility label since 2022, not a status): " + said + "\n", md.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    /// <summary>A dated note without an event date reads "Searched 2026-12", in the answer's asOfKind and in the report.</summary>
    [Fact]
    public async Task Report_NoteWithoutAnEventDate_ReadsSearchedNotAsOf()
    {
        using var client = fixture.Factory.CreateClient();
        using var content = new StringContent("""{"her2":{"ihc":"3+"},"cyclinE":"amplified"}""", System.Text.Encoding.UTF8, "application/json");
        var answer = await (await client.PostAsync("/api/v1/recommendations", content, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var notes = answer.GetProperty("findings")[0].GetProperty("currency").EnumerateArray().ToList();
        var undated = Assert.Single(notes, n => n.GetProperty("id").GetString() == "b9-no-later-validation");
        Assert.Equal(("2026-12", "search"), (undated.GetProperty("asOf").GetString(), undated.GetProperty("asOfKind").GetString()));

        var md = await client.GetStringAsync($"/api/v1/evaluations/{answer.GetProperty("evaluationId").GetGuid()}/report?format=md", Ct);

        Assert.Contains("- Searched 2026-12, **unverified**: Cyclin E amplification/overexpression: no later clinical validation", md, StringComparison.Ordinal);
        Assert.DoesNotContain("As of 2026-12", md, StringComparison.Ordinal);
        Assert.Contains("- As of 2010, ", md, StringComparison.Ordinal);
    }

    /// <summary>
    /// After progression the agents approved since the review lead the ranked options, so the ranks are not read as a
    /// sequence; a trastuzumab-naive patient gets no such lead.
    /// </summary>
    [Theory]
    [InlineData("progressed-after-response", true)]
    [InlineData("no-response", true)]
    [InlineData("naive", false)]
    public async Task Report_AfterProgression_LaterHer2OptionsLeadTheRankedOptions(string history, bool lead)
    {
        using var client = fixture.Factory.CreateClient();
        using var content = new StringContent($$"""{"her2":{"ihc":"3+"},"trastuzumabHistory":"{{history}}"}""", System.Text.Encoding.UTF8, "application/json");
        var answer = await (await client.PostAsync("/api/v1/recommendations", content, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);

        var md = await client.GetStringAsync($"/api/v1/evaluations/{answer.GetProperty("evaluationId").GetGuid()}/report?format=md", Ct);

        var ranked = md.IndexOf("## Ranked options", StringComparison.Ordinal);
        var leadAt = md.IndexOf("**After progression on, or no response to, trastuzumab.** HER2-directed agents approved after the review", StringComparison.Ordinal);
        var table = md.IndexOf("| Rank | Agent |", StringComparison.Ordinal);
        Assert.Equal(lead, leadAt > ranked && leadAt < table);
        Assert.Equal(lead, md.Contains("trastuzumab deruxtecan (now preferred after first-line therapy for metastatic disease)", StringComparison.Ordinal));
        Assert.Contains("The ranks are not a treatment sequence", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostRecommendation_ThenReport_RendersTheStoredAnswerWithItsCitations()
    {
        using var client = fixture.Factory.CreateClient();
        var answer = await (await client.PostAsJsonAsync("/api/v1/recommendations", Panel, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = answer.GetProperty("evaluationId").GetGuid();

        var md = await client.GetStringAsync($"/api/v1/evaluations/{id}/report?format=md", Ct);
        var html = await client.GetStringAsync($"/api/v1/evaluations/{id}/report?format=html", Ct);

        var firstOption = answer.GetProperty("options")[0];
        Assert.Contains(firstOption.GetProperty("agent").GetString()!, md);
        Assert.Contains(answer.GetProperty("knowledgeBase").GetProperty("version").GetString()!, md);
        Assert.Matches(@"\[\d+(, \d+)*\]", md);
        Assert.Contains("## References", md);
        Assert.Contains("<h2", html);
        Assert.Contains("<table>", html);
    }

    [Fact]
    public async Task PostRecommendation_Answered_ListedForThePatient()
    {
        using var client = fixture.Factory.CreateClient();
        var patient = "listed-" + Guid.NewGuid();
        var answer = await (await client.PostAsJsonAsync("/api/v1/recommendations", new { patientId = patient, her2 = new { ihc = "0" } }, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);

        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/evaluations?patientId={patient}", Ct);

        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(answer.GetProperty("evaluationId").GetGuid(), item.GetProperty("id").GetGuid());
        Assert.Equal("negative", item.GetProperty("her2Status").GetString());
    }

    [Theory]
    [InlineData(null, "current")]
    [InlineData("current", "current")]
    [InlineData("review", "review")]
    public async Task PostRecommendation_Lens_InTheAnswerTheAuditRowAndTheStoredEvaluation(string? ranking, string expected)
    {
        using var client = fixture.Factory.CreateClient();
        object panel = ranking is null ? new { her2 = new { ihc = "3+" }, pten = "loss" } : new { her2 = new { ihc = "3+" }, pten = "loss", ranking };

        var answer = await (await client.PostAsJsonAsync("/api/v1/recommendations", panel, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = answer.GetProperty("evaluationId").GetGuid();

        // A request without "ranking" gets the default lens, and says so everywhere it is recorded.
        Assert.Equal(expected, answer.GetProperty("ranking").GetProperty("lens").GetString());
        await using var scope = fixture.CreateScope();
        var row = await scope.ServiceProvider.GetRequiredService<CdsDbContext>().Evaluations.AsNoTracking().SingleAsync(e => e.Id == id, Ct);
        Assert.Equal(expected, row.RankingLens);
        var stored = await client.GetFromJsonAsync<JsonElement>($"/api/v1/evaluations/{id}", Ct);
        Assert.Equal(expected, stored.GetProperty("rankingLens").GetString());
    }
}

public sealed class PostgresRecommendationAuditTests(PostgresFixture fixture) : RecommendationAuditTests(fixture), IClassFixture<PostgresFixture>;

public sealed class SqliteRecommendationAuditTests(SqliteFixture fixture) : RecommendationAuditTests(fixture), IClassFixture<SqliteFixture>;
