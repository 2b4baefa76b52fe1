namespace CdsService.Api.Tests.Persistence;

using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using CdsService.Api.Persistence;
using CdsService.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>Stops the shared PostgreSQL server, so nothing else may run while it is down.</summary>
[CollectionDefinition(nameof(PostgresOutageGroup), DisableParallelization = true)]
public sealed class PostgresOutageGroup;

/// <summary>
/// docs/persistence.md: with the database gone the service answers 503 + Retry-After (never 500, never an answer
/// without its audit row), readiness says so, and it recovers by itself when the database is back.
/// </summary>
[Collection(nameof(PostgresOutageGroup))]
public sealed class PostgresOutageTests(PostgresFixture fixture) : IClassFixture<PostgresFixture>
{
    private const int Workers = 4;

    private sealed record Outcome(HttpStatusCode Status, Guid? EvaluationId, bool HasRetryAfter);

    [Fact]
    public async Task Recommendations_DatabaseStoppedMidRun_503ThenRecoversAndEveryAnswerIsAudited()
    {
        var outcomes = new ConcurrentQueue<Outcome>();
        var feed = Channel.CreateUnbounded<Outcome>();
        using var stop = new CancellationTokenSource();
        using var client = fixture.Factory.CreateClient();
        var workers = Enumerable.Range(0, Workers).Select(w => Task.Run(() => PostUntilStoppedAsync(client, w, outcomes, feed.Writer, stop.Token))).ToList();
        var paused = false;
        try
        {
            await WaitForAsync(feed.Reader, HttpStatusCode.OK, 10);
            await PostgresServer.PauseAsync();
            paused = true;
            await WaitForAsync(feed.Reader, HttpStatusCode.ServiceUnavailable, 10);
            await AssertHealthWhileDownAsync(client);
            await PostgresServer.ResumeAsync();
            paused = false;
            // Recovery without a restart: the same host answers 200 again.
            await WaitForAsync(feed.Reader, HttpStatusCode.OK, 20);
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(workers);
            if (paused)
                await PostgresServer.ResumeAsync();
        }

        var all = outcomes.ToList();
        Assert.All(all, o => Assert.True(o.Status is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"unexpected {(int)o.Status}"));
        Assert.All(all.Where(o => o.Status == HttpStatusCode.ServiceUnavailable), o => Assert.True(o.HasRetryAfter, "503 without Retry-After"));
        await AssertEveryAnswerAuditedOnceAsync(all.Where(o => o.Status == HttpStatusCode.OK).Select(o => o.EvaluationId!.Value).ToList());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode);
    }

    private static async Task PostUntilStoppedAsync(
        HttpClient client, int worker, ConcurrentQueue<Outcome> outcomes, ChannelWriter<Outcome> feed, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            HttpResponseMessage response;
            try
            {
                response = await client.PostAsJsonAsync("/api/v1/recommendations",
                    new { patientId = $"outage-{worker}-{i}", her2 = new { ihc = "3+" }, pten = "loss" }, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            using (response)
            {
                Guid? id = null;
                if (response.StatusCode == HttpStatusCode.OK)
                    id = (await response.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None)).GetProperty("evaluationId").GetGuid();
                var outcome = new Outcome(response.StatusCode, id, response.Headers.RetryAfter is not null);
                outcomes.Enqueue(outcome);
                feed.TryWrite(outcome);
            }
        }
    }

    /// <summary>
    /// Reads the live stream of answers until <paramref name="count"/> more have the status. No clock of its own: a
    /// busy machine may take long to recover, and a service that never does fails at the per-test timeout
    /// (docs/testing.md, "A hang fails one test").
    /// </summary>
    private static async Task WaitForAsync(ChannelReader<Outcome> feed, HttpStatusCode status, int count)
    {
        var seen = 0;
        while (seen < count)
        {
            var outcome = await feed.ReadAsync(TestContext.Current.CancellationToken);
            Assert.NotEqual(HttpStatusCode.InternalServerError, outcome.Status);
            if (outcome.Status == status)
                seen++;
        }
    }

    private static async Task AssertHealthWhileDownAsync(HttpClient client)
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", ct)).StatusCode);
        var read = await client.GetAsync($"/api/v1/evaluations?patientId=outage-0-0", ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, read.StatusCode);
        Assert.NotNull(read.Headers.RetryAfter);
        Assert.Equal("application/problem+json", read.Content.Headers.ContentType?.MediaType);
    }

    private async Task AssertEveryAnswerAuditedOnceAsync(List<Guid> answered)
    {
        Assert.True(answered.Count >= 30);
        await using var scope = fixture.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CdsDbContext>();
        var counts = await db.Evaluations.Where(e => answered.Contains(e.Id))
            .GroupBy(e => e.Id).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, TestContext.Current.CancellationToken);
        Assert.All(answered, id => Assert.Equal(1, counts.GetValueOrDefault(id)));
    }
}
