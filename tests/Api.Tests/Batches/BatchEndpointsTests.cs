namespace CdsService.Api.Tests.Batches;

using System.Net;
using CdsService.Api.Persistence;
using CdsService.Api.Persistence.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>The example cohort end to end on one provider: submit, progress, row errors, audit, reports.</summary>
public abstract class BatchEndpointsTests(BatchDatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SubmitCohort_ExampleCsv_EvaluatesValidRowsAndReportsTheTwoInvalidOnes()
    {
        using var client = fixture.Factory.CreateClient();
        var location = await client.SubmitOkAsync(await File.ReadAllTextAsync(BatchClient.CohortPath, Ct));

        var status = await client.WaitUntilFinishedAsync(location);

        Assert.Equal("done", status.GetProperty("status").GetString());
        Assert.Equal("current", status.GetProperty("ranking").GetString());
        Assert.Equal(58, status.GetProperty("total").GetInt32());
        Assert.Equal(58, status.GetProperty("done").GetInt32());
        Assert.Equal(56, status.GetProperty("evaluated").GetInt32());
        Assert.Equal(2, status.GetProperty("failed").GetInt32());
        var errors = status.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal([58, 59], errors.Select(e => e.GetProperty("row").GetInt32()));
        Assert.Equal(["her2_ihc", "her2_cep17_ratio"], errors.Select(e => e.GetProperty("column").GetString()));
        Assert.Equal(["her2.ihc", "her2.ish.her2Cep17Ratio"], errors.Select(e => e.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task SubmitCohort_EveryEvaluatedRow_AuditedOnceOnTheBatchChannel()
    {
        using var client = fixture.Factory.CreateClient();
        var location = await client.SubmitOkAsync(await File.ReadAllTextAsync(BatchClient.CohortPath, Ct));
        var status = await client.WaitUntilFinishedAsync(location);
        var batchId = status.GetProperty("id").GetGuid();

        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CdsDbContext>();
        var audited = await db.Set<Api.Batches.Storage.BatchItemRecord>()
            .Where(i => i.BatchId == batchId)
            .Join(db.Set<EvaluationRecord>(), i => i.EvaluationId, e => e.Id, (i, e) => new { i.RowNumber, e.Channel, e.PatientId })
            .ToListAsync(Ct);
        Assert.Equal(56, audited.Count);
        Assert.Equal(56, audited.Select(a => a.RowNumber).Distinct().Count());
        Assert.All(audited, a => Assert.Equal(EvaluationChannels.Batch, a.Channel));
        Assert.Contains(audited, a => a.RowNumber == 2 && a.PatientId == "TB-2026-001");
    }

    [Theory]
    [InlineData("review", "rad001")]
    [InlineData("current", "pertuzumab")]
    public async Task SubmitCohort_WithARankingLens_EveryRowRankedAndAuditedUnderIt(string lens, string firstForPtenLoss)
    {
        const string csv = """
            patient_id,her2_ihc,pten,pik3ca_status,pik3ca_variants,pik3ca_classification,trastuzumab_history
            L-1,3+,loss,,,,progressed
            L-2,3+,,mutated,K111N,likely-pathogenic,progressed-after-response
            L-3,3+,,mutated,K111N,uncertain,no-response
            """;
        using var client = fixture.Factory.CreateClient();
        var location = await client.SubmitOkAsync(csv.ReplaceLineEndings("\n") + "\n", ranking: lens);

        var status = await client.WaitUntilFinishedAsync(location);

        Assert.Equal(lens, status.GetProperty("ranking").GetString());
        Assert.Equal(3, status.GetProperty("evaluated").GetInt32());
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CdsDbContext>();
        var batchId = status.GetProperty("id").GetGuid();
        var rows = await db.Set<Api.Batches.Storage.BatchItemRecord>()
            .Where(i => i.BatchId == batchId)
            .Join(db.Set<EvaluationRecord>(), i => i.EvaluationId, e => e.Id, (i, e) => new { i.RowNumber, e.RankingLens, e.OutputJson })
            .OrderBy(r => r.RowNumber)
            .ToListAsync(Ct);
        Assert.All(rows, r => Assert.Equal(lens, r.RankingLens));
        var answers = rows.Select(r => System.Text.Json.JsonDocument.Parse(r.OutputJson).RootElement).ToList();
        Assert.All(answers, a => Assert.Equal(lens, a.GetProperty("ranking").GetProperty("lens").GetString()));
        // PTEN loss: "review" puts the agents the review ties to PTEN first (RAD001, level B); "current" puts tier 1
        // first, where T-DM1 alone covers PI3K hyperactivation.
        Assert.Equal(firstForPtenLoss, answers[0].GetProperty("options")[0].GetProperty("agentId").GetString());
        // The laboratory's classification read from its column: likely pathogenic is activating, uncertain is not.
        Assert.Equal(["pik3ca-mutation"], answers[1].GetProperty("findings").Strings("id"));
        Assert.Equal(["pik3ca-variant-uncertain"], answers[2].GetProperty("findings").Strings("id"));
        var md = await client.GetStringAsync(location + "/report?format=md", Ct);
        Assert.Contains($"| Ranking | lens {lens} for every row |", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetBatch_Unknown_Returns404()
    {
        using var client = fixture.Factory.CreateClient();
        using var response = await client.GetAsync($"{BatchClient.BatchesPath}/{Guid.NewGuid()}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public sealed class SqliteBatchEndpointsTests(SqliteBatchDatabaseFixture fixture) : BatchEndpointsTests(fixture), IClassFixture<SqliteBatchDatabaseFixture>;

public sealed class PostgresBatchEndpointsTests(PostgresBatchDatabaseFixture fixture) : BatchEndpointsTests(fixture), IClassFixture<PostgresBatchDatabaseFixture>;
