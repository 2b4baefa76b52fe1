namespace CdsService.Api.Tests.Persistence;

using CdsService.Api.Persistence;
using CdsService.Api.Persistence.Replay;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

public abstract class JwtReplayStoreTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Issuer = "https://ehr.example.org";

    private async Task<bool> RememberAsync(string jti, DateTimeOffset expiresAt, string issuer = Issuer)
    {
        await using var scope = fixture.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IJwtReplayStore>().TryRememberAsync(issuer, jti, expiresAt, Ct);
    }

    [Fact]
    public async Task TryRememberAsync_SameJtiFromTwoIssuers_BothAccepted()
    {
        var jti = Guid.NewGuid().ToString();
        Assert.True(await RememberAsync(jti, DateTimeOffset.UtcNow.AddMinutes(5)));
        Assert.True(await RememberAsync(jti, DateTimeOffset.UtcNow.AddMinutes(5), "https://other-ehr.example.org"));
        Assert.False(await RememberAsync(jti, DateTimeOffset.UtcNow.AddMinutes(5), "https://other-ehr.example.org"));
    }

    [Fact]
    public async Task TryRememberAsync_SameJtiTwice_SecondIsReplay()
    {
        var jti = Guid.NewGuid().ToString();
        Assert.True(await RememberAsync(jti, DateTimeOffset.UtcNow.AddMinutes(5)));
        Assert.False(await RememberAsync(jti, DateTimeOffset.UtcNow.AddMinutes(5)));
    }

    [Fact]
    public async Task TryRememberAsync_ConcurrentSameJti_ExactlyOneAccepted()
    {
        var jti = Guid.NewGuid().ToString();
        var expires = DateTimeOffset.UtcNow.AddMinutes(5);
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => RememberAsync(jti, expires), Ct)));
        Assert.Single(results, accepted => accepted);
    }

    [Fact]
    public async Task TryRememberAsync_EntryExpiredButNotCleanedUp_AcceptedAgain()
    {
        var jti = Guid.NewGuid().ToString();
        Assert.True(await RememberAsync(jti, DateTimeOffset.UtcNow.AddSeconds(-1)));
        Assert.True(await RememberAsync(jti, DateTimeOffset.UtcNow.AddMinutes(5)));
        Assert.False(await RememberAsync(jti, DateTimeOffset.UtcNow.AddMinutes(5)));
    }

    [Fact]
    public async Task RemoveExpiredAsync_RemovesOnlyExpiredEntries()
    {
        var expired = Guid.NewGuid().ToString();
        var live = Guid.NewGuid().ToString();
        await RememberAsync(expired, DateTimeOffset.UtcNow.AddMinutes(-1));
        await RememberAsync(live, DateTimeOffset.UtcNow.AddMinutes(5));

        await using var scope = fixture.CreateScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<IJwtReplayStore>().RemoveExpiredAsync(Ct) >= 1);
        string[] keys = [JwtReplayKey.Of(Issuer, expired), JwtReplayKey.Of(Issuer, live)];
        var remaining = await scope.ServiceProvider.GetRequiredService<CdsDbContext>().JwtReplay
            .Where(r => keys.Contains(r.Jti)).Select(r => r.Jti).ToListAsync(Ct);
        Assert.Equal([keys[1]], remaining);
    }
}

public sealed class PostgresJwtReplayStoreTests(PostgresFixture fixture) : JwtReplayStoreTests(fixture), IClassFixture<PostgresFixture>;

public sealed class SqliteJwtReplayStoreTests(SqliteFixture fixture) : JwtReplayStoreTests(fixture), IClassFixture<SqliteFixture>;
