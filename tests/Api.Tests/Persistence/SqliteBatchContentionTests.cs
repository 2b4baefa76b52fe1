namespace CdsService.Api.Tests.Persistence;

using System.Net;
using System.Text;
using CdsService.Api.Persistence;
using CdsService.Api.Tests.Batches;

/// <summary>
/// SQLite while a batch runs: every write, batch work included, queues in-process with interactive writes first, so
/// an interactive call never meets SQLite's lock and never answers 503. The connection's busy timeout is cut to one
/// second so that a write outside the queue would fail fast instead of hiding behind a long wait.
/// </summary>
public sealed class SqliteBatchContentionTests : IAsyncLifetime
{
    private const int Rows = 400;
    private TestDatabase _database = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task InteractiveCalls_DuringABatch_NeverAnswer503()
    {
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Cds"] = _database.ConnectionString.Replace("Default Timeout=5", "Default Timeout=1", StringComparison.Ordinal),
        };
        await using var factory = new BatchApiFactory(_database, settings);
        using var client = factory.CreateClient();
        var location = await client.SubmitOkAsync(Cohort());

        var statuses = new List<HttpStatusCode>();
        var callsWhileRunning = 0;
        for (var round = 0; round < 200; round++)
        {
            // Four interactive calls at once: two audited evaluations, a read of the batch (access-logged), a listing.
            var calls = await Task.WhenAll(
                client.PostJsonAsync($$$"""{"patientId":"i-{{{round}}}-a","her2":{"ihc":"3+"},"pten":"loss"}"""),
                client.PostJsonAsync($$$"""{"patientId":"i-{{{round}}}-b","her2":{"ihc":"2+"}}"""),
                client.GetAsync(location, Ct),
                client.GetAsync("/api/v1/evaluations?pageSize=5", Ct));
            statuses.AddRange(calls.Select(c => c.StatusCode));
            foreach (var call in calls)
                call.Dispose();

            var batch = await client.StatusAsync(location);
            if (batch.GetProperty("status").GetString() is "done" or "failed")
                break;
            callsWhileRunning += calls.Length;
        }

        Assert.DoesNotContain(HttpStatusCode.ServiceUnavailable, statuses);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        // The calls overlapped the batch: at least one round finished before the batch did.
        Assert.True(callsWhileRunning > 0, "the batch finished before any interactive call: nothing was contended");
        var final = await client.WaitUntilFinishedAsync(location);
        Assert.Equal(Rows, final.GetProperty("evaluated").GetInt32());
    }

    private static string Cohort()
    {
        var csv = new StringBuilder("patient_id,her2_ihc,pten,pik3ca_status,pik3ca_variants,cyclin_e,egfr,erbb3,igf1r,src\n");
        for (var i = 0; i < Rows; i++)
            csv.Append("contention-").Append(i).Append(",3+,loss,mutated,H1047R,amplified,overexpressed,overexpressed,overexpressed,activated\n");
        return csv.ToString();
    }
}
