namespace CdsService.Api.Tests.Batches;

using System.Globalization;
using System.Text;
using CdsService.Api.Batches.Processing;
using CdsService.Api.Batches.Storage;
using CdsService.Api.Persistence;
using CdsService.Api.Persistence.Audit;
using CdsService.Api.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Exactly once per patient across worker stops, crashes and replicas: every evaluated row has one audit row, and no
/// patient has two. Runs on both providers; PostgreSQL is the production case (FOR UPDATE SKIP LOCKED).
/// </summary>
public abstract class BatchRestartTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const int Rows = 600;
    private static readonly IReadOnlyDictionary<string, string> SmallChunks = new Dictionary<string, string> { ["Batches:ChunkSize"] = "10" };
    private TestDatabase _database = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(provider);

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Restart_WorkerStoppedMidBatch_NewHostFinishesEveryPatientExactlyOnce()
    {
        Uri location;
        await using (var first = new BatchApiFactory(_database, SmallChunks))
        {
            using var client = first.CreateClient();
            location = await client.SubmitOkAsync(Cohort("restart"));
            await client.PollAsync(location, s => s.GetProperty("done").GetInt32() >= 50);
        }

        await using var second = new BatchApiFactory(_database, SmallChunks);
        using var secondClient = second.CreateClient();
        var status = await secondClient.WaitUntilFinishedAsync(location);

        Assert.Equal("done", status.GetProperty("status").GetString());
        Assert.Equal(Rows, status.GetProperty("evaluated").GetInt32());
        await AssertEachPatientAuditedOnceAsync(second, "restart");
        Assert.Equal(2, await WorkersThatCompletedItemsAsync(second, status.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task Crash_ItemsClaimedByADeadWorker_ReclaimedAfterTheLeaseAndEvaluatedOnce()
    {
        Guid batchId;
        await using (var idle = new BatchApiFactory(_database, new Dictionary<string, string> { ["Batches:WorkerEnabled"] = "false" }))
        {
            using var client = idle.CreateClient();
            var location = await client.SubmitOkAsync(Cohort("crash", rows: 30));
            batchId = (await client.StatusAsync(location)).GetProperty("id").GetGuid();
            await using var scope = idle.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CdsDbContext>();
            var longAgo = DateTimeOffset.UtcNow.AddMinutes(-10);
            var claimed = await BatchItemClaimer.ClaimAsync(db, "dead-worker", 30, longAgo, longAgo.AddSeconds(-120), Ct);
            Assert.Equal(30, claimed.Count);
        }

        await using var restarted = new BatchApiFactory(_database);
        using var restartedClient = restarted.CreateClient();
        var status = await restartedClient.WaitUntilFinishedAsync(new Uri($"{BatchClient.BatchesPath}/{batchId}", UriKind.Relative));

        Assert.Equal(30, status.GetProperty("evaluated").GetInt32());
        await AssertEachPatientAuditedOnceAsync(restarted, "crash", rows: 30);
        await using var check = restarted.Services.CreateAsyncScope();
        var attempts = await check.ServiceProvider.GetRequiredService<CdsDbContext>().Set<BatchItemRecord>()
            .Where(i => i.BatchId == batchId).Select(i => i.Attempts).Distinct().ToListAsync(Ct);
        Assert.Equal([2], attempts);
    }

    [Fact]
    public async Task TwoReplicas_OneDatabase_ShareTheBatchAndEvaluateEachPatientOnce()
    {
        await using var replicaA = new BatchApiFactory(_database, SmallChunks);
        await using var replicaB = new BatchApiFactory(_database, SmallChunks);
        using var clientA = replicaA.CreateClient();
        using var clientB = replicaB.CreateClient();

        var location = await clientA.SubmitOkAsync(Cohort("replicas"));
        var status = await clientB.WaitUntilFinishedAsync(location);

        Assert.Equal(Rows, status.GetProperty("evaluated").GetInt32());
        await AssertEachPatientAuditedOnceAsync(replicaA, "replicas");
        Assert.Equal(2, await WorkersThatCompletedItemsAsync(replicaA, status.GetProperty("id").GetGuid()));
    }

    private static string Cohort(string prefix, int rows = Rows)
    {
        var csv = new StringBuilder("patient_id,her2_ihc,pten\n");
        for (var i = 1; i <= rows; i++)
            csv.Append(CultureInfo.InvariantCulture, $"{prefix}-{i:D4},3+,{(i % 2 == 0 ? "loss" : "intact")}\n");
        return csv.ToString();
    }

    private static async Task AssertEachPatientAuditedOnceAsync(BatchApiFactory factory, string prefix, int rows = Rows)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CdsDbContext>();
        var audited = await db.Set<EvaluationRecord>()
            .Where(e => e.Channel == EvaluationChannels.Batch && e.PatientId!.StartsWith(prefix + "-"))
            .GroupBy(e => e.PatientId)
            .Select(g => new { Patient = g.Key, Rows = g.Count() })
            .ToListAsync(Ct);
        Assert.Equal(rows, audited.Count);
        Assert.All(audited, a => Assert.Equal(1, a.Rows));
    }

    private static async Task<int> WorkersThatCompletedItemsAsync(BatchApiFactory factory, Guid batchId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CdsDbContext>().Set<BatchItemRecord>()
            .Where(i => i.BatchId == batchId).Select(i => i.ClaimedBy).Distinct().CountAsync(Ct);
    }
}

public sealed class PostgresBatchRestartTests() : BatchRestartTests(DatabaseProvider.Postgres);

public sealed class SqliteBatchRestartTests() : BatchRestartTests(DatabaseProvider.Sqlite);
