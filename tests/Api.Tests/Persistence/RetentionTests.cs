namespace CdsService.Api.Tests.Persistence;

using CdsService.Api.Batches.Storage;
using CdsService.Api.Persistence;
using CdsService.Api.Persistence.Access;
using CdsService.Api.Persistence.Audit;
using CdsService.Api.Persistence.Feedback;
using CdsService.Api.Persistence.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

/// <summary>The retention purge (docs/persistence.md, "Retention") on both databases: what is older than its period goes, whole; the rest stays.</summary>
public abstract class RetentionTests(DatabaseFixture fixture)
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<RetentionResult> PurgeAsync(RetentionOptions options)
    {
        await using var scope = fixture.CreateScope();
        var purge = new RetentionPurge(
            scope.ServiceProvider.GetRequiredService<CdsDbContext>(), scope.ServiceProvider.GetRequiredService<SqliteWriteGate>(),
            new FixedTime(Now), Options.Create(options));
        return await purge.PurgeAsync(Ct);
    }

    private async Task AddAsync(params object[] rows)
    {
        await using var scope = fixture.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CdsDbContext>();
        foreach (var row in rows)
        {
            db.Add(row);
            // Batches before their items, evaluations before the items that point at them.
            await db.SaveChangesAsync(Ct);
        }
        db.ChangeTracker.Clear();
    }

    private async Task<T> ReadAsync<T>(Func<CdsDbContext, Task<T>> read)
    {
        await using var scope = fixture.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<CdsDbContext>());
    }

    [Fact]
    public async Task Purge_RowsOlderThanTheirPeriod_AreDeletedAndYoungerOnesKept()
    {
        var (oldEvaluation, newEvaluation) = (Evaluation(Now.AddDays(-40)), Evaluation(Now.AddDays(-1)));
        var (oldAccess, newAccess) = (Access(Now.AddDays(-400)), Access(Now.AddDays(-100)));
        var (oldFeedback, newFeedback) = (Feedback(Now.AddDays(-40)), Feedback(Now.AddDays(-1)));
        await AddAsync(oldEvaluation, newEvaluation, oldAccess, newAccess, oldFeedback, newFeedback);

        var result = await PurgeAsync(new RetentionOptions { EvaluationDays = 30, AccessLogDays = 365, ChunkSize = 1 });

        Assert.True(result.Evaluations >= 1 && result.AccessLog >= 1 && result.Feedback >= 1, result.ToString());
        var evaluations = await ReadAsync(db => db.Evaluations.Where(e => e.Id == oldEvaluation.Id || e.Id == newEvaluation.Id).Select(e => e.Id).ToListAsync(Ct));
        var access = await ReadAsync(db => db.Set<AccessLogRecord>().Where(a => a.Id == oldAccess.Id || a.Id == newAccess.Id).Select(a => a.Id).ToListAsync(Ct));
        var feedback = await ReadAsync(db => db.CdsHooksFeedback.Where(f => f.Id == oldFeedback.Id || f.Id == newFeedback.Id).Select(f => f.Id).ToListAsync(Ct));
        Assert.Equal([newEvaluation.Id], evaluations);
        Assert.Equal([newAccess.Id], access);
        Assert.Equal([newFeedback.Id], feedback);
    }

    [Fact]
    public async Task Purge_ABatchPastItsPeriod_IsDeletedWholeWithItsEvaluations_AYoungerOneStaysWhole()
    {
        var old = await BatchAsync(finished: Now.AddDays(-100), rows: 5);
        // A young batch keeps its evaluations even when they are older than the evaluation period: its report stays whole.
        var young = await BatchAsync(finished: Now.AddDays(-10), rows: 3, evaluated: Now.AddDays(-60));

        var result = await PurgeAsync(new RetentionOptions { EvaluationDays = 30, BatchDays = 90, ChunkSize = 2 });

        Assert.True(result.Batches >= 1, result.ToString());
        Assert.Equal((0, 0, 0, 0), await CountAsync(old));
        Assert.Equal((1, 3, 3, 1), await CountAsync(young));
    }

    [Fact]
    public async Task Purge_NoPeriodSet_DeletesNothing()
    {
        var evaluation = Evaluation(Now.AddYears(-20));
        var access = Access(Now.AddYears(-20));
        await AddAsync(evaluation, access);

        var result = await PurgeAsync(new RetentionOptions());

        Assert.False(result.DeletedAny);
        Assert.True(await ReadAsync(db => db.Evaluations.AnyAsync(e => e.Id == evaluation.Id, Ct)));
        Assert.True(await ReadAsync(db => db.Set<AccessLogRecord>().AnyAsync(a => a.Id == access.Id, Ct)));
    }

    private async Task<(Guid Batch, List<Guid> Evaluations)> BatchAsync(DateTimeOffset finished, int rows, DateTimeOffset? evaluated = null)
    {
        var batch = new BatchRecord
        {
            Id = Guid.NewGuid(), CreatedAt = finished.AddMinutes(-5), CompletedAt = finished, Status = BatchStatuses.Done, Format = "csv",
            RankingLens = "current", Total = rows + 1, Done = rows, FailedRows = 1,
        };
        var evaluations = Enumerable.Range(0, rows).Select(_ => Evaluation(evaluated ?? finished)).ToList();
        var items = evaluations.Select((e, i) => new BatchItemRecord
        {
            Id = Guid.NewGuid(), BatchId = batch.Id, RowNumber = i + 1, InputJson = "{}", Status = BatchStatuses.Done, EvaluationId = e.Id,
        });
        var error = new BatchRowErrorRecord { Id = Guid.NewGuid(), BatchId = batch.Id, Row = rows + 1, Message = "her2.ihc is required." };
        await AddAsync([batch, .. evaluations, .. items, error]);
        return (batch.Id, evaluations.Select(e => e.Id).ToList());
    }

    /// <summary>(batch rows, items, evaluations, row errors) left of a batch.</summary>
    private Task<(int, int, int, int)> CountAsync((Guid Batch, List<Guid> Evaluations) batch) => ReadAsync(async db => (
        await db.Set<BatchRecord>().CountAsync(b => b.Id == batch.Batch, Ct),
        await db.Set<BatchItemRecord>().CountAsync(i => i.BatchId == batch.Batch, Ct),
        await db.Evaluations.CountAsync(e => batch.Evaluations.Contains(e.Id), Ct),
        await db.Set<BatchRowErrorRecord>().CountAsync(e => e.BatchId == batch.Batch, Ct)));

    private static EvaluationRecord Evaluation(DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(), CreatedAt = at, Channel = EvaluationChannels.Rest, InputJson = "{}", OutputJson = "{}", KbVersion = "2.1.0",
        KbHash = "sha256:test", EngineVersion = "test", DurationMs = 1, Her2Status = "positive", RankingLens = "current",
    };

    private static AccessLogRecord Access(DateTimeOffset at) => new() { Id = Guid.NewGuid(), At = at, CallerId = "key:test", Action = AccessActions.ReadEvaluation };

    private static CdsHooksFeedbackRecord Feedback(DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(), ServiceId = "her2-patient-view", CardId = Guid.NewGuid().ToString(), Outcome = "accepted", OutcomeTimestamp = at, ReceivedAt = at,
    };

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

public sealed class PostgresRetentionTests(PostgresFixture fixture) : RetentionTests(fixture), IClassFixture<PostgresFixture>;

public sealed class SqliteRetentionTests(SqliteFixture fixture) : RetentionTests(fixture), IClassFixture<SqliteFixture>;

/// <summary>A retention setting that would delete the wrong rows, or none while claiming to, stops the start.</summary>
public sealed class RetentionOptionsTests
{
    [Theory]
    [InlineData(true, 0, 0, 0, "Retention:Enabled is true but no period is set")]
    [InlineData(false, -1, 0, 0, "Retention:EvaluationDays must be 0 (keep for ever) to 36500 days.")]
    [InlineData(false, 0, 40000, 0, "Retention:BatchDays must be 0 (keep for ever) to 36500 days.")]
    public void Validate_BadSettings_FailNamingTheKey(bool enabled, int evaluationDays, int batchDays, int accessLogDays, string error)
    {
        var options = new RetentionOptions { Enabled = enabled, EvaluationDays = evaluationDays, BatchDays = batchDays, AccessLogDays = accessLogDays };
        var result = new ServiceCollection().AddRetention().BuildServiceProvider().GetRequiredService<IValidateOptions<RetentionOptions>>().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith(error, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_DefaultOff_IsValid() =>
        Assert.True(new ServiceCollection().AddRetention().BuildServiceProvider().GetRequiredService<IValidateOptions<RetentionOptions>>()
            .Validate(null, new RetentionOptions()).Succeeded);
}
