namespace CdsService.Api.Tests.Batches;

using System.Net;
using CdsService.Api.Batches.Storage;
using CdsService.Api.Persistence;
using CdsService.Api.Persistence.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>A multi-patient FHIR Bundle as a batch, end to end on one provider: one row per Patient.</summary>
public abstract class FhirBatchTests(BatchDatabaseFixture fixture)
{
    private const string FhirJson = "application/fhir+json";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    [Fact]
    public async Task SubmitBundle_ThreePatients_TwoEvaluatedAndTheEcdInUnitsPerMlARowError()
    {
        using var client = fixture.Factory.CreateClient();
        var location = await client.SubmitOkAsync(Fixture("tumor-board-three-patients.json"), FhirJson);

        var status = await client.WaitUntilFinishedAsync(location);

        Assert.Equal("done", status.GetProperty("status").GetString());
        Assert.Equal("fhir", status.GetProperty("format").GetString());
        Assert.Equal(3, status.GetProperty("total").GetInt32());
        Assert.Equal(2, status.GetProperty("evaluated").GetInt32());
        Assert.Equal(1, status.GetProperty("failed").GetInt32());
        var error = Assert.Single(status.GetProperty("errors").EnumerateArray());
        Assert.Equal(3, error.GetProperty("row").GetInt32());
        Assert.Equal("serumHer2Ecd", error.GetProperty("field").GetString());
        Assert.Equal("tb-fhir-3", error.GetProperty("patientId").GetString());
    }

    [Fact]
    public async Task SubmitBundle_EvaluatedPatients_AuditedOnceOnTheBatchChannel()
    {
        using var client = fixture.Factory.CreateClient();
        var location = await client.SubmitOkAsync(Fixture("tumor-board-three-patients.json"), FhirJson);
        var batchId = (await client.WaitUntilFinishedAsync(location)).GetProperty("id").GetGuid();

        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CdsDbContext>();
        var audited = await db.Set<BatchItemRecord>()
            .Where(i => i.BatchId == batchId)
            .Join(db.Set<EvaluationRecord>(), i => i.EvaluationId, e => e.Id, (i, e) => new { i.RowNumber, e.Channel, e.PatientId, e.Her2Status })
            .OrderBy(a => a.RowNumber)
            .ToListAsync(Ct);
        Assert.Equal([1, 2], audited.Select(a => a.RowNumber));
        Assert.Equal(["tb-fhir-1", "tb-fhir-2"], audited.Select(a => a.PatientId));
        Assert.Equal(["positive", "negative"], audited.Select(a => a.Her2Status));
        Assert.All(audited, a => Assert.Equal(EvaluationChannels.Batch, a.Channel));
    }

    [Fact]
    public async Task Report_FhirBatch_ListsThePatientsAndTheFailedPatient()
    {
        using var client = fixture.Factory.CreateClient();
        var location = await client.SubmitOkAsync(Fixture("tumor-board-three-patients.json"), FhirJson);
        await client.WaitUntilFinishedAsync(location);

        var md = await client.GetStringAsync(location + "/report?format=md", Ct);

        Assert.Contains("### tb-fhir-1", md);
        Assert.Contains("### tb-fhir-2", md);
        Assert.Contains("Finding **PTEN loss**", md);
        Assert.DoesNotContain("### tb-fhir-3", md);
        Assert.Matches(@"\| 3 \| \(row\) \| serumHer2Ecd \| .*U/mL.* \| tb\-fhir\-3 \|", md);
    }

    /// <summary>A FHIR Bundle is read whole by the SDK, so it meets its own, lower limit (Batches:MaxFhirBytes, 8 MiB) before parsing.</summary>
    [Fact]
    public async Task SubmitBundle_OverTheFhirLimit_Returns413BeforeParsing()
    {
        using var client = fixture.Factory.CreateClient();
        var body = """{"resourceType":"Bundle","type":"collection","entry":[]""" + new string(' ', 8 * 1024 * 1024) + "}";
        using var response = await client.SubmitAsync(body, FhirJson);
        var problem = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("The file is larger than 8388608 bytes; split it into several batches.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task SubmitBundle_NotABundle_Returns400()
    {
        using var client = fixture.Factory.CreateClient();
        using var response = await client.SubmitAsync("""{"resourceType":"Patient","id":"p"}""", FhirJson);
        var problem = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("A Bundle or a Parameters resource is expected, not Patient.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task SubmitBundle_NoPatient_Returns400()
    {
        using var client = fixture.Factory.CreateClient();
        const string bundle = """
            {"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Observation","status":"final",
             "code":{"coding":[{"system":"http://loinc.org","code":"85319-2"}]},"subject":{"reference":"Patient/x"},"valueString":"3+"}}]}
            """;
        using var response = await client.SubmitAsync(bundle, FhirJson);
        var problem = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("The Bundle holds no Patient resource", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitBundle_NotJson_Returns400()
    {
        using var client = fixture.Factory.CreateClient();
        using var response = await client.SubmitAsync("patient_id,her2_ihc\nA,3+\n", FhirJson);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

public sealed class SqliteFhirBatchTests(SqliteBatchDatabaseFixture fixture) : FhirBatchTests(fixture), IClassFixture<SqliteBatchDatabaseFixture>;

public sealed class PostgresFhirBatchTests(PostgresBatchDatabaseFixture fixture) : FhirBatchTests(fixture), IClassFixture<PostgresBatchDatabaseFixture>;
