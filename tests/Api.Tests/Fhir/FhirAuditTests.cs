namespace CdsService.Api.Tests.Fhir;

using System.Net;
using System.Text.Json.Nodes;
using CdsService.Api.Persistence;
using CdsService.Api.Persistence.Audit;
using CdsService.Api.Tests.Persistence;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>The FHIR path end to end: every 200 from POST /fhir/$evaluate has its audit row (channel "fhir"), in both databases.</summary>
public abstract class FhirAuditTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async System.Threading.Tasks.Task Evaluate_Answered_AuditRowHoldsPanelBundleAndStamp()
    {
        using var client = fixture.Factory.CreateClient();

        using var response = await client.PostFhirAsync(FhirClient.Fixture("her2-positive-resistance.json"));
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bundle = Assert.IsType<Bundle>(CdsService.Fhir.FhirJson.Parse(body));
        var id = Guid.Parse(bundle.Identifier!.Value!["urn:uuid:".Length..]);
        await using var scope = fixture.CreateScope();
        var row = await scope.ServiceProvider.GetRequiredService<CdsDbContext>().Evaluations.SingleAsync(e => e.Id == id, Ct);
        Assert.Equal(EvaluationChannels.Fhir, row.Channel);
        Assert.Equal("p-multi", row.PatientId);
        Assert.Equal("positive", row.Her2Status);
        Assert.Equal("loss", JsonNode.Parse(row.InputJson)!["pten"]!.GetValue<string>());
        // The stored output is the Bundle the client received (jsonb keeps content, not key order or spacing).
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(body), JsonNode.Parse(row.OutputJson)));
        if (fixture.Provider == DatabaseProvider.Sqlite)
            Assert.Equal(body, row.OutputJson);
    }

    [Theory]
    [InlineData("review")]
    [InlineData("current")]
    public async System.Threading.Tasks.Task Evaluate_WithRankingParameter_AuditRowRecordsTheLens(string lens)
    {
        using var client = fixture.Factory.CreateClient();

        using var response = await client.PostFhirAsync(ScenarioPatients.Fhir("pten-loss", lens));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bundle = Assert.IsType<Bundle>(CdsService.Fhir.FhirJson.Parse(await response.Content.ReadAsStringAsync(Ct)));
        var id = Guid.Parse(bundle.Identifier!.Value!["urn:uuid:".Length..]);
        await using var scope = fixture.CreateScope();
        var row = await scope.ServiceProvider.GetRequiredService<CdsDbContext>().Evaluations.SingleAsync(e => e.Id == id, Ct);
        Assert.Equal(lens, row.RankingLens);
        Assert.Equal(lens, JsonNode.Parse(row.EvaluationJson!)!["ranking"]!["lens"]!.GetValue<string>());
    }

    [Fact]
    public async System.Threading.Tasks.Task Report_OfAFhirEvaluation_ReadsTheStoredEvaluationLikeARestOne()
    {
        using var client = fixture.Factory.CreateClient();
        using var response = await client.PostFhirAsync(FhirClient.Fixture("her2-positive-resistance.json"));
        var bundle = Assert.IsType<Bundle>(CdsService.Fhir.FhirJson.Parse(await response.Content.ReadAsStringAsync(Ct)));
        var id = Guid.Parse(bundle.Identifier!.Value!["urn:uuid:".Length..]);
        var actions = bundle.Entry.Select(e => e.Resource).OfType<RequestGroup>().Single().Action;

        var report = await client.GetStringAsync($"/api/v1/evaluations/{id}/report?format=md", Ct);

        // The FHIR answer's top-ranked action and the report's rank 1 are the same agent, and the findings are there.
        Assert.Contains("| Channel | fhir |", report, StringComparison.Ordinal);
        Assert.Contains("## HER2 status: positive", report, StringComparison.Ordinal);
        Assert.Contains("**PTEN loss** (resistance)", report, StringComparison.Ordinal);
        var topAgentId = actions[0].Code[0].Coding[0].Code;
        var rankOne = System.Text.RegularExpressions.Regex.Match(report, @"^\| 1 \| ([^|]+) \|", System.Text.RegularExpressions.RegexOptions.Multiline);
        Assert.True(rankOne.Success, "the report has no rank-1 row");
        Assert.Equal(topAgentId, rankOne.Groups[1].Value.Trim(), ignoreCase: true);
    }

    [Fact]
    public async System.Threading.Tasks.Task Evaluate_Rejected_WritesNoRow()
    {
        using var client = fixture.Factory.CreateClient();
        await using var scope = fixture.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CdsDbContext>();
        var before = await db.Evaluations.CountAsync(e => e.Channel == EvaluationChannels.Fhir, Ct);

        using var response = await client.PostFhirAsync(FhirClient.Fixture("serum-ecd-activity-unit.json"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(before, await db.Evaluations.CountAsync(e => e.Channel == EvaluationChannels.Fhir, Ct));
    }
}

public sealed class PostgresFhirAuditTests(PostgresFixture fixture) : FhirAuditTests(fixture), IClassFixture<PostgresFixture>;

public sealed class SqliteFhirAuditTests(SqliteFixture fixture) : FhirAuditTests(fixture), IClassFixture<SqliteFixture>;
