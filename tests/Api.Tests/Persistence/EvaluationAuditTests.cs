namespace CdsService.Api.Tests.Persistence;

using System.Text.Json.Nodes;
using CdsService.Api.Persistence;
using CdsService.Api.Persistence.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

public abstract class EvaluationAuditTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveAsync_ThenRead_KeepsEveryColumn()
    {
        var entry = SampleEvaluations.Entry(channel: EvaluationChannels.CdsHooks);
        await using (var scope = fixture.CreateScope())
            await scope.ServiceProvider.GetRequiredService<IEvaluationAudit>().SaveAsync(entry, Ct);

        await using var read = fixture.CreateScope();
        var row = await read.ServiceProvider.GetRequiredService<CdsDbContext>().Evaluations.SingleAsync(e => e.Id == entry.Id, Ct);
        Assert.Equal(entry.CreatedAt.ToUnixTimeMilliseconds(), row.CreatedAt.ToUnixTimeMilliseconds());
        Assert.Equal(EvaluationChannels.CdsHooks, row.Channel);
        Assert.Equal(entry.PatientId, row.PatientId);
        Assert.Equal(entry.HookInstance, row.HookInstance);
        Assert.Equal((entry.KbVersion, entry.KbHash, entry.EngineVersion), (row.KbVersion, row.KbHash, row.EngineVersion));
        Assert.Equal(1.25, row.DurationMs, 3);
        Assert.Equal("positive", row.Her2Status);
        // PostgreSQL jsonb normalises key order and whitespace; the content must be exactly the same.
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(entry.InputJson), JsonNode.Parse(row.InputJson)));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(entry.OutputJson), JsonNode.Parse(row.OutputJson)));
    }

    [Fact]
    public async Task SaveAllAsync_ManyEntries_CommitsAll()
    {
        var entries = Enumerable.Range(0, 25).Select(i => SampleEvaluations.Entry($"batch-{i}", channel: EvaluationChannels.Batch)).ToList();
        await using (var scope = fixture.CreateScope())
            await scope.ServiceProvider.GetRequiredService<IEvaluationAudit>().SaveAllAsync(entries, Ct);

        await using var read = fixture.CreateScope();
        var ids = entries.Select(e => e.Id).ToList();
        Assert.Equal(25, await read.ServiceProvider.GetRequiredService<CdsDbContext>().Evaluations.CountAsync(e => ids.Contains(e.Id), Ct));
    }

    [Fact]
    public async Task SaveAsync_SameScopeTwice_DoesNotKeepTrackedRows()
    {
        await using var scope = fixture.CreateScope();
        var audit = scope.ServiceProvider.GetRequiredService<IEvaluationAudit>();
        await audit.SaveAsync(SampleEvaluations.Entry(), Ct);
        await audit.SaveAsync(SampleEvaluations.Entry(), Ct);
        Assert.Empty(scope.ServiceProvider.GetRequiredService<CdsDbContext>().ChangeTracker.Entries());
    }

    [Fact]
    public async Task SaveAsync_UnknownChannel_Throws()
    {
        await using var scope = fixture.CreateScope();
        var audit = scope.ServiceProvider.GetRequiredService<IEvaluationAudit>();
        await Assert.ThrowsAsync<ArgumentException>(() => audit.SaveAsync(SampleEvaluations.Entry(channel: "email"), Ct));
    }

    [Fact]
    public async Task SaveAsync_PatientIdOver256Chars_Throws()
    {
        await using var scope = fixture.CreateScope();
        var audit = scope.ServiceProvider.GetRequiredService<IEvaluationAudit>();
        await Assert.ThrowsAsync<ArgumentException>(() => audit.SaveAsync(SampleEvaluations.Entry(new string('p', 257)), Ct));
    }

    [Fact]
    public async Task Migrations_AllApplied_AndModelHasNoPendingChanges()
    {
        await using var scope = fixture.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CdsDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync(Ct));
        Assert.False(db.Database.HasPendingModelChanges(), $"the {fixture.Provider} model changed without a migration: run dotnet ef migrations add (docs/persistence.md)");
    }
}

public sealed class PostgresEvaluationAuditTests(PostgresFixture fixture) : EvaluationAuditTests(fixture), IClassFixture<PostgresFixture>;

public sealed class SqliteEvaluationAuditTests(SqliteFixture fixture) : EvaluationAuditTests(fixture), IClassFixture<SqliteFixture>;
