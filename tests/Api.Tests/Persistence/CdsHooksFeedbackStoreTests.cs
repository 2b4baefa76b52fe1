namespace CdsService.Api.Tests.Persistence;

using CdsService.Api.Persistence;
using CdsService.Api.Persistence.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

public abstract class CdsHooksFeedbackStoreTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static CdsHooksFeedback Item(string card, string outcome = "accepted") =>
        new("her2-trastuzumab-patient-view", card, outcome, new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.FromHours(1)),
            """[{"id":"suggestion-1"}]""", null);

    private async Task<bool> AddAsync(CdsHooksFeedback item)
    {
        await using var scope = fixture.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ICdsHooksFeedbackStore>().AddAsync(item, Ct);
    }

    private async Task<int> CountAsync(string card)
    {
        await using var scope = fixture.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CdsDbContext>().CdsHooksFeedback.CountAsync(f => f.CardId == card, Ct);
    }

    [Fact]
    public async Task AddAsync_SameItemTwice_StoredOnce()
    {
        var card = Guid.NewGuid().ToString();
        Assert.True(await AddAsync(Item(card)));
        Assert.False(await AddAsync(Item(card)));
        Assert.Equal(1, await CountAsync(card));
    }

    [Fact]
    public async Task AddAsync_OtherOutcomeForSameCard_StoredToo()
    {
        var card = Guid.NewGuid().ToString();
        Assert.True(await AddAsync(Item(card, "accepted")));
        Assert.True(await AddAsync(Item(card, "overridden")));
        Assert.Equal(2, await CountAsync(card));
    }

    [Fact]
    public async Task AddAsync_ConcurrentResends_ExactlyOneStored()
    {
        var card = Guid.NewGuid().ToString();
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => AddAsync(Item(card)), Ct)));
        Assert.Single(results, stored => stored);
        Assert.Equal(1, await CountAsync(card));
    }
}

public sealed class PostgresCdsHooksFeedbackStoreTests(PostgresFixture fixture) : CdsHooksFeedbackStoreTests(fixture), IClassFixture<PostgresFixture>;

public sealed class SqliteCdsHooksFeedbackStoreTests(SqliteFixture fixture) : CdsHooksFeedbackStoreTests(fixture), IClassFixture<SqliteFixture>;
