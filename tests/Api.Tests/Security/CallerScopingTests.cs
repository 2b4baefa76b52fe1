namespace CdsService.Api.Tests.Security;

using System.Net;
using System.Text.Json;
using CdsService.Api.Auth;
using CdsService.Api.Persistence;
using CdsService.Api.Persistence.Audit;
using CdsService.Api.Tests.Batches;
using CdsService.Api.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Callers and scopes (docs/security.md): each caller sees only the rows it created unless it holds read:all, a
/// missing scope is a 403, someone else's row is the same 404 as no row, and every read is in the access log.
/// </summary>
public abstract class CallerScopingTests(ScopedApiFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ScopedApiFactory Factory => fixture.Factory;

    private async Task<Guid> EvaluateAsync(HttpClient client, string patientId)
    {
        using var response = await client.PostJsonAsync($$"""{"patientId":"{{patientId}}","her2":{"ihc":"3+"},"pten":"loss"}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("evaluationId").GetGuid();
    }

    private static async Task<JsonElement> ListAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync("/api/v1/evaluations?" + query, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    private static string[] PatientsOf(JsonElement page) => page.GetProperty("items").Strings("patientId");

    [Fact]
    public async Task TwoCallers_EachListsAndReadsOnlyItsOwnEvaluations()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var alice = Factory.Client("alice");
        using var bob = Factory.Client("bob");
        var aliceRow = await EvaluateAsync(alice, $"a-{tag}");
        var bobRow = await EvaluateAsync(bob, $"b-{tag}");

        Assert.Equal([$"a-{tag}"], PatientsOf(await ListAsync(alice, $"patientId=a-{tag}")));
        Assert.Empty(PatientsOf(await ListAsync(alice, $"patientId=b-{tag}")));
        Assert.Equal([$"b-{tag}"], PatientsOf(await ListAsync(bob, $"patientId=b-{tag}")));
        Assert.Empty(PatientsOf(await ListAsync(bob, $"patientId=a-{tag}")));
        // Unfiltered, each listing holds nothing of the other.
        Assert.DoesNotContain($"b-{tag}", PatientsOf(await ListAsync(alice, "pageSize=100")));
        Assert.DoesNotContain($"a-{tag}", PatientsOf(await ListAsync(bob, "pageSize=100")));

        foreach (var path in new[] { $"/api/v1/evaluations/{bobRow}", $"/api/v1/evaluations/{bobRow}/report?format=md" })
        {
            using var other = await alice.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        }

        using var own = await alice.GetAsync($"/api/v1/evaluations/{aliceRow}/report?format=md", Ct);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task ReadAll_SeesEveryCallersRows_ButCannotEvaluate()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var alice = Factory.Client("alice");
        using var bob = Factory.Client("bob");
        using var auditor = Factory.Client("auditor");
        await EvaluateAsync(alice, $"shared-{tag}");
        var bobRow = await EvaluateAsync(bob, $"shared-{tag}");

        Assert.Equal(2, (await ListAsync(auditor, $"patientId=shared-{tag}")).GetProperty("total").GetInt32());
        using var read = await auditor.GetAsync($"/api/v1/evaluations/{bobRow}", Ct);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("key:bob", await StoredCallerAsync(bobRow));

        using var evaluate = await auditor.PostJsonAsync("""{"her2":{"ihc":"3+"}}""");
        Assert.Equal(HttpStatusCode.Forbidden, evaluate.StatusCode);
        Assert.Equal(ApiClient.ProblemJson, evaluate.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task BearerTokens_AreCallersByTheirSubject_WithTheScopesOfTheirScopeClaim()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var drA = Factory.BearerClient("dr-a-" + tag, "evaluate read:own");
        using var drB = Factory.BearerClient("dr-b-" + tag, "evaluate read:own");
        using var noScope = Factory.BearerClient("dr-c-" + tag, scope: null);
        var row = await EvaluateAsync(drA, $"t-{tag}");

        Assert.Equal([$"t-{tag}"], PatientsOf(await ListAsync(drA, $"patientId=t-{tag}")));
        Assert.Empty(PatientsOf(await ListAsync(drB, $"patientId=t-{tag}")));
        Assert.Equal($"user:dr-a-{tag}", await StoredCallerAsync(row));
        using var refused = await noScope.PostJsonAsync("""{"her2":{"ihc":"3+"}}""");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task CdsHooksEvaluations_AreReadOnlyWithReadAllOrByAKeyConfiguredForThatClient()
    {
        var entry = SampleEvaluations.Entry("ehr-patient-" + Guid.NewGuid().ToString("N")[..8]).By(Caller.ForCdsClient(ScopedApiFactory.CdsIssuer, "tenant-1"));
        await using (var scope = Factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IEvaluationAudit>().SaveAsync(entry, Ct);

        foreach (var (key, expected) in new[] { ("alice", HttpStatusCode.NotFound), ("auditor", HttpStatusCode.OK), ("ehr-reader", HttpStatusCode.OK) })
        {
            using var client = Factory.Client(key);
            using var response = await client.GetAsync($"/api/v1/evaluations/{entry.Id}", Ct);
            Assert.Equal(expected, response.StatusCode);
        }
    }

    [Fact]
    public async Task Batches_NeedTheBatchesScope_AndAreReadOnlyByTheirSubmitter()
    {
        using var board = Factory.Client("board");
        using var alice = Factory.Client("alice");

        using var refused = await alice.SubmitAsync("patient_id,her2_ihc\nx,3+\n");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var location = await board.SubmitOkAsync($"patient_id,her2_ihc\nbatch-{Guid.NewGuid():N},3+\n");
        var status = await board.WaitUntilFinishedAsync(location);
        Assert.Equal("done", status.GetProperty("status").GetString());
        foreach (var path in new[] { location.ToString(), location + "/report?format=csv" })
        {
            using var other = await alice.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
            using var own = await board.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        }

        // The batch's evaluations belong to its submitter too.
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CdsDbContext>();
        var batchId = Guid.Parse(location.ToString().Split('/')[^1]);
        var callers = await db.Set<CdsService.Api.Batches.Storage.BatchItemRecord>().Where(i => i.BatchId == batchId)
            .Join(db.Evaluations, i => i.EvaluationId, e => e.Id, (i, e) => e.CallerId).ToListAsync(Ct);
        Assert.Equal(["key:board"], callers);
    }

    [Fact]
    public async Task EveryRead_IsInTheAccessLog_WhichOnlyAdminReads()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var alice = Factory.Client("alice");
        using var officer = Factory.Client("security-officer");
        var row = await EvaluateAsync(alice, $"logged-{tag}");
        (await alice.GetAsync($"/api/v1/evaluations/{row}", Ct)).Dispose();
        (await alice.GetAsync($"/api/v1/evaluations/{row}/report?format=html", Ct)).Dispose();
        await ListAsync(alice, $"patientId=logged-{tag}");

        using var forbidden = await alice.GetAsync("/api/v1/access-log", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        using var response = await officer.GetAsync($"/api/v1/access-log?patientId=logged-{tag}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = (await response.ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(["list-evaluations", "read-report", "read-evaluation"], items.Select(i => i.GetProperty("action").GetString()).ToArray());
        Assert.All(items, i =>
        {
            Assert.Equal("key:alice", i.GetProperty("callerId").GetString());
            Assert.Equal($"logged-{tag}", i.GetProperty("patientId").GetString());
            Assert.True(IPAddress.IsLoopback(IPAddress.Parse(i.GetProperty("remoteAddress").GetString()!)));
        });
        Assert.Equal(row.ToString(), items[2].GetProperty("resourceId").GetString());
        Assert.Equal(1, items[0].GetProperty("rows").GetInt32());

        // Reading the log is itself logged.
        using var again = await officer.GetAsync("/api/v1/access-log?callerId=key:security-officer", Ct);
        Assert.Contains((await again.ReadJsonAsync()).GetProperty("items").EnumerateArray(), i => i.GetProperty("action").GetString() == "list-access-log");
    }

    [Fact]
    public async Task KnowledgeBase_NeedsOnlyAuthentication()
    {
        using var officer = Factory.Client("security-officer");
        using var response = await officer.GetAsync("/api/v1/knowledge-base", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<string?> StoredCallerAsync(Guid id)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CdsDbContext>();
        return await db.Evaluations.Where(e => e.Id == id).Select(e => e.CallerId).SingleAsync(Ct);
    }
}

public sealed class SqliteCallerScopingTests(SqliteScopedApiFixture fixture) : CallerScopingTests(fixture), IClassFixture<SqliteScopedApiFixture>;

public sealed class PostgresCallerScopingTests(PostgresScopedApiFixture fixture) : CallerScopingTests(fixture), IClassFixture<PostgresScopedApiFixture>;
