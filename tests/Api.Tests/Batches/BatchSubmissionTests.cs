namespace CdsService.Api.Tests.Batches;

using System.Net;
using System.Text;
using CdsService.Api.Persistence;
using CdsService.Api.Tests.Persistence;

/// <summary>What a submission is answered with before any evaluation: the file-level 4xx and the accepted shapes.</summary>
public sealed class BatchSubmissionTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private BatchApiFactory _factory = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        // No worker: batches stay queued, so the report of an unfinished batch can be asked for.
        _factory = new BatchApiFactory(_database, new Dictionary<string, string>
        {
            ["Batches:WorkerEnabled"] = "false",
            ["Batches:MaxBytes"] = "4096",
            ["Batches:MaxRows"] = "5",
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Theory]
    [InlineData("best")]
    [InlineData("")]
    [InlineData("Review2011")]
    public async Task Submit_UnknownRanking_Returns400NamingRanking(string ranking)
    {
        using var client = _factory.CreateClient();
        using var response = await client.SubmitAsync("patient_id,pten\nx,loss\n", ranking: ranking);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("urn:cds-service:problem:validation", problem.GetProperty("type").GetString());
        Assert.Equal(["ranking"], problem.GetProperty("errors").PropertyNames());
    }

    [Fact]
    public async Task Submit_NdjsonRowAskingForAnotherLens_IsARowErrorNamingRanking()
    {
        using var client = _factory.CreateClient();
        var location = await client.SubmitOkAsync("{\"patientId\":\"n1\",\"pten\":\"loss\"}\n{\"patientId\":\"n2\",\"pten\":\"loss\",\"ranking\":\"review\"}\n", "application/x-ndjson");

        var status = await client.StatusAsync(location);

        Assert.Equal("current", status.GetProperty("ranking").GetString());
        var error = Assert.Single(status.GetProperty("errors").EnumerateArray());
        Assert.Equal(2, error.GetProperty("row").GetInt32());
        Assert.Equal("ranking", error.GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/pdf")]
    public async Task Submit_UnsupportedMediaType_Returns415Problem(string mediaType)
    {
        using var client = _factory.CreateClient();
        using var response = await client.SubmitAsync("patient_id,pten\nx,loss\n", mediaType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(ApiClient.ProblemJson, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("name,ward\nJane,B4\n", "The first row names no known column")]
    [InlineData("", "The file is empty")]
    public async Task Submit_NotABatchCsv_Returns400ProblemWithTheReason(string csv, string detail)
    {
        using var client = _factory.CreateClient();
        using var response = await client.SubmitAsync(csv);
        var problem = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(detail, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Submit_MoreRowsThanTheLimit_Returns413()
    {
        using var client = _factory.CreateClient();
        using var response = await client.SubmitAsync("patient_id,pten\na,loss\nb,loss\nc,loss\nd,loss\ne,loss\nf,loss\n");
        var problem = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("The file has more than 5 patient rows; split it into several batches.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Submit_BodyOverTheSizeLimit_Returns413()
    {
        using var client = _factory.CreateClient();
        using var response = await client.SubmitAsync("patient_id,pten\n" + new string('x', 5000) + ",loss\n");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Submit_Ndjson_Accepted202WithLocationAndQueued()
    {
        using var client = _factory.CreateClient();
        using var response = await client.SubmitAsync("{\"patientId\":\"n1\",\"her2\":{\"ihc\":\"3+\"}}\n{\"patientId\":\"n2\",\"pten\":7}\n", "application/x-ndjson");
        var status = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal($"/api/v1/batches/{status.GetProperty("id").GetGuid()}", response.Headers.Location?.ToString());
        Assert.Equal("queued", status.GetProperty("status").GetString());
        Assert.Equal("ndjson", status.GetProperty("format").GetString());
        Assert.Equal(2, status.GetProperty("total").GetInt32());
        var error = Assert.Single(status.GetProperty("errors").EnumerateArray());
        Assert.Equal(2, error.GetProperty("row").GetInt32());
        Assert.Equal("pten", error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Submit_EveryRowInvalid_BatchFailedWithRowErrors()
    {
        using var client = _factory.CreateClient();
        var location = await client.SubmitOkAsync("patient_id,her2_ihc\na,5+\nb,9\n");
        var status = await client.StatusAsync(location);

        Assert.Equal("failed", status.GetProperty("status").GetString());
        Assert.Equal(2, status.GetProperty("failed").GetInt32());
        Assert.Equal(2, status.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task Submit_UnknownColumn_WarnedAndIgnored()
    {
        using var client = _factory.CreateClient();
        var location = await client.SubmitOkAsync("patient_id,pten,ward\na,loss,B4\n");
        var status = await client.StatusAsync(location);

        Assert.Equal(["Unknown column 'ward' ignored."], status.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
    }

    [Fact]
    public async Task Report_BatchNotFinished_Returns409()
    {
        using var client = _factory.CreateClient();
        var location = await client.SubmitOkAsync("patient_id,pten\na,loss\n");
        using var response = await client.GetAsync(location + "/report?format=md", Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Report_UnknownFormat_Returns400()
    {
        using var client = _factory.CreateClient();
        var location = await client.SubmitOkAsync("patient_id,pten\na,loss\n");
        using var response = await client.GetAsync(location + "/report?format=pdf", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Submit_FhirBundleBeforeTheSplitterExists_Returns400()
    {
        using var client = _factory.CreateClient();
        using var response = await client.SubmitAsync(Encoding.UTF8.GetString("{\"resourceType\":\"Bundle\"}"u8), "application/fhir+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
