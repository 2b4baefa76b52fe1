namespace CdsService.Api.Tests.Batches;

using System.Globalization;
using System.Text;
using CdsService.Api.Batches.Storage;
using CdsService.Api.Persistence;
using CdsService.Api.Persistence.Audit;
using CdsService.Api.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// One bad row fails alone: the rest of its chunk is evaluated, audited once each and counted, and the bad row gets
/// a row error the board can read. The whole cohort fits one chunk, so a chunk-wide failure could not pass.
/// </summary>
public abstract class BatchRowIsolationTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const int Rows = 30;
    private static readonly int[] PoisonedRows = [6, 17];
    private TestDatabase _database = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(provider);

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Chunk_TwoRowsThatCannotBeEvaluated_FailAloneAndTheOtherRowsAreEvaluatedOnce()
    {
        Guid batchId;
        await using (var idle = new BatchApiFactory(_database, new Dictionary<string, string> { ["Batches:WorkerEnabled"] = "false" }))
        {
            using var client = idle.CreateClient();
            var location = await client.SubmitOkAsync(Cohort());
            batchId = (await client.StatusAsync(location)).GetProperty("id").GetGuid();
            await PoisonAsync(idle, batchId);
        }

        await using var worker = new BatchApiFactory(_database, new Dictionary<string, string> { ["Batches:ChunkSize"] = "100" });
        using var workerClient = worker.CreateClient();
        var status = await workerClient.WaitUntilFinishedAsync(new Uri($"{BatchClient.BatchesPath}/{batchId}", UriKind.Relative));

        Assert.Equal("done", status.GetProperty("status").GetString());
        Assert.Equal(Rows, status.GetProperty("done").GetInt32());
        Assert.Equal(Rows - PoisonedRows.Length, status.GetProperty("evaluated").GetInt32());
        Assert.Equal(PoisonedRows.Length, status.GetProperty("failed").GetInt32());
        var errors = status.GetProperty("errors").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Message: e.GetProperty("message").GetString()))
            .OrderBy(e => e.Row).ToList();
        Assert.Equal(
            PoisonedRows.Select(r => (RowNumberOf(r), (string?)"Not evaluated: the stored row could not be evaluated (JsonException).")),
            errors);

        await using var scope = worker.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CdsDbContext>();
        var audited = await db.Set<EvaluationRecord>()
            .Where(e => e.Channel == EvaluationChannels.Batch && e.PatientId!.StartsWith("iso-"))
            .Select(e => e.PatientId!).ToListAsync(Ct);
        var expected = Enumerable.Range(1, Rows).Where(i => !PoisonedRows.Contains(i)).Select(PatientId).Order();
        Assert.Equal(expected, audited.Order());
        var items = await db.Set<BatchItemRecord>().Where(i => i.BatchId == batchId).ToListAsync(Ct);
        Assert.All(items, i => Assert.Equal(PoisonedRows.Contains(i.RowNumber - 1) ? BatchStatuses.Failed : BatchStatuses.Done, i.Status));
        Assert.All(items, i => Assert.Equal(i.Status == BatchStatuses.Done, i.EvaluationId is not null));
    }

    // CSV row numbers count the header line as row 1.
    private static int RowNumberOf(int patient) => patient + 1;

    private static string PatientId(int i) => $"iso-{i:D4}";

    private static string Cohort()
    {
        var csv = new StringBuilder("patient_id,her2_ihc,pten\n");
        for (var i = 1; i <= Rows; i++)
            csv.Append(CultureInfo.InvariantCulture, $"{PatientId(i)},3+,{(i % 2 == 0 ? "loss" : "intact")}\n");
        return csv.ToString();
    }

    /// <summary>A stored input that no longer reads: what a bad deployment or a manual edit could leave behind.</summary>
    private static async Task PoisonAsync(BatchApiFactory factory, Guid batchId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CdsDbContext>();
        var rows = PoisonedRows.Select(RowNumberOf).ToList();
        var poisoned = await db.Set<BatchItemRecord>()
            .Where(i => i.BatchId == batchId && rows.Contains(i.RowNumber))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.InputJson, "{\"her2\":"), Ct);
        Assert.Equal(PoisonedRows.Length, poisoned);
    }
}

public sealed class PostgresBatchRowIsolationTests() : BatchRowIsolationTests(DatabaseProvider.Postgres);

public sealed class SqliteBatchRowIsolationTests() : BatchRowIsolationTests(DatabaseProvider.Sqlite);
