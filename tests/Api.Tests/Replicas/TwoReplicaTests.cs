namespace CdsService.Api.Tests.Replicas;

using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CdsService.Api.Tests.Batches;
using CdsService.Api.Tests.CdsHooks;
using CdsService.Api.Tests.Infrastructure;
using Npgsql;

/// <summary>
/// Two service processes on one PostgreSQL database, as two Kubernetes replicas run (docs/operations.md, "Several
/// replicas"): everything that must hold across replicas lives in the database, so a jti used on one is refused by the
/// other, batch rows are shared out between both workers and each evaluated once, a report link signed by one opens
/// on the other, and each replica's metrics count its own work.
/// </summary>
[Collection(nameof(Persistence.PostgresOutageGroup))]
public sealed partial class TwoReplicaTests(TwoReplicaTests.Replicas replicas) : IClassFixture<TwoReplicaTests.Replicas>
{
    private const string ApiKey = "two-replica-test-key";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task JtiUsedOnA_IsRefusedOnB()
    {
        var token = replicas.Minter.Mint(CdsHooksAppFactory.Audience(HookCalls.PatientView));

        using var onA = await HookAsync(replicas.A, token);
        using var onB = await HookAsync(replicas.B, token);

        Assert.Equal(HttpStatusCode.OK, onA.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, onB.StatusCode);
    }

    [Fact]
    public async Task ReportLinkSignedByA_OpensOnB()
    {
        using var call = await HookAsync(replicas.A, replicas.Minter.Mint(CdsHooksAppFactory.Audience(HookCalls.PatientView)));
        var link = new Uri(JsonNode.Parse(await call.Content.ReadAsStringAsync(Ct))!["cards"]![0]!["links"]![0]!["url"]!.GetValue<string>());

        // The card opens the clinician page's read-only view, which reads the stored answer under the card's token.
        using var client = replicas.B.Client();
        using var report = await client.GetAsync(link.AbsolutePath.Replace("/app/", "/reports/", StringComparison.Ordinal) + "/answer" + link.Query, Ct);

        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("application/json", report.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Batches_AreSharedByBothWorkers_EachRowEvaluatedOnce_AndEachReplicaCountsItsOwnRows()
    {
        var rowsBefore = (A: await ScrapeAsync(replicas.A, "cds_batch_rows_total"), B: await ScrapeAsync(replicas.B, "cds_batch_rows_total"));
        var batches = new List<Guid>();
        // Both workers are woken by a submission of their own, so both take chunks from the shared queue at once. Which
        // rows each takes is up to the scheduler: another pair of batches is submitted, a bounded number of times,
        // until one batch has rows from both (in practice the first pair does).
        for (var round = 0; round < 5 && !await AnyBatchSharedAsync(batches); round++)
        {
            var submitted = await Task.WhenAll(SubmitAsync(replicas.A, round), SubmitAsync(replicas.B, round));
            batches.AddRange(submitted);
        }

        Assert.True(await AnyBatchSharedAsync(batches), "no batch was processed by both workers in five rounds");
        var items = await ItemsAsync(batches);
        Assert.All(items, i => Assert.Equal("done", i.Status));
        Assert.All(items, i => Assert.Equal(1, i.Attempts));
        Assert.Equal(items.Count, items.Select(i => i.EvaluationId).Distinct().Count());
        Assert.Equal(items.Count, await EvaluationsAsync(items.Select(i => i.EvaluationId)));

        var rowsAfter = (A: await ScrapeAsync(replicas.A, "cds_batch_rows_total"), B: await ScrapeAsync(replicas.B, "cds_batch_rows_total"));
        Assert.Equal(items.Count(i => Owner(i) == replicas.A.Pid), rowsAfter.A - rowsBefore.A);
        Assert.Equal(items.Count(i => Owner(i) == replicas.B.Pid), rowsAfter.B - rowsBefore.B);
    }

    [Fact]
    public async Task EachReplicasMetrics_CountItsOwnEvaluations()
    {
        const string Rest = "cds_evaluations_total{otel_scope_name=\"CdsService\",cds_channel=\"rest\"";
        var before = (A: await ScrapeAsync(replicas.A, Rest), B: await ScrapeAsync(replicas.B, Rest));

        for (var i = 0; i < 3; i++)
            await EvaluateAsync(replicas.A);
        for (var i = 0; i < 2; i++)
            await EvaluateAsync(replicas.B);

        Assert.Equal(3, await ScrapeAsync(replicas.A, Rest) - before.A);
        Assert.Equal(2, await ScrapeAsync(replicas.B, Rest) - before.B);
    }

    private async Task<HttpResponseMessage> HookAsync(ServiceProcess replica, string token)
    {
        using var client = replica.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, HookCalls.PatientView)
        {
            Content = new StringContent(PatientView().ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request, Ct);
    }

    /// <summary>HER2 IHC 2+ in the prefetch: the equivocal card, which always carries the report link.</summary>
    private static JsonObject PatientView()
    {
        var observation = CdsHooksFakeFhirServer.Observation("85319-2",
            new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["system"] = "http://loinc.org", ["code"] = "LA11842-4" }) });
        return new JsonObject
        {
            ["hook"] = "patient-view",
            ["hookInstance"] = Guid.NewGuid().ToString(),
            ["context"] = new JsonObject { ["userId"] = "Practitioner/example", ["patientId"] = "p1" },
            ["prefetch"] = HookCalls.FullPrefetch(observation),
        };
    }

    private static async Task EvaluateAsync(ServiceProcess replica)
    {
        using var client = Api(replica);
        using var response = await client.PostAsync("/api/v1/recommendations",
            new StringContent("""{"her2":{"ihc":"3+"},"pten":"loss"}""", Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<Guid> SubmitAsync(ServiceProcess replica, int round)
    {
        var csv = new StringBuilder("patient_id,her2_ihc,pten\n");
        for (var row = 0; row < 60; row++)
            csv.Append(CultureInfo.InvariantCulture, $"r{round}-{replica.Pid}-{row},{(row % 2 == 0 ? "3+" : "2+")},loss\n");
        using var client = Api(replica);
        var location = await client.SubmitOkAsync(csv.ToString());
        var done = await client.WaitUntilFinishedAsync(location);
        Assert.Equal("done", done.GetProperty("status").GetString());
        return done.GetProperty("id").GetGuid();
    }

    private static HttpClient Api(ServiceProcess replica)
    {
        var client = replica.Client();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    private static async Task<double> ScrapeAsync(ServiceProcess replica, string series)
    {
        using var http = new HttpClient();
        var text = await http.GetStringAsync(new Uri($"http://127.0.0.1:{replica.MetricsPort}/metrics"), Ct);
        return text.Split('\n')
            .Where(line => line.StartsWith(series, StringComparison.Ordinal))
            .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
    }

    private sealed record Item(Guid BatchId, string Status, int Attempts, string ClaimedBy, Guid EvaluationId);

    private async Task<List<Item>> ItemsAsync(IEnumerable<Guid> batches)
    {
        await using var connection = new NpgsqlConnection(replicas.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(
            "SELECT batch_id, status, attempts, claimed_by, evaluation_id FROM batch_items WHERE batch_id = ANY(@batches)", connection);
        command.Parameters.AddWithValue("batches", batches.ToArray());
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var items = new List<Item>();
        while (await reader.ReadAsync(Ct))
            items.Add(new Item(reader.GetGuid(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.GetGuid(4)));
        return items;
    }

    private async Task<long> EvaluationsAsync(IEnumerable<Guid> ids)
    {
        await using var connection = new NpgsqlConnection(replicas.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM evaluations WHERE id = ANY(@ids) AND channel = 'batch'", connection);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    private async Task<bool> AnyBatchSharedAsync(List<Guid> batches) =>
        batches.Count > 0 && (await ItemsAsync(batches)).GroupBy(i => i.BatchId).Any(b => b.Select(Owner).Distinct().Count() == 2);

    /// <summary>The process whose worker claimed the item: worker ids are host/pid/nonce (BatchProcessor.WorkerId).</summary>
    private static int Owner(Item item) => int.Parse(WorkerPid().Match(item.ClaimedBy).Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("/(\\d+)/[0-9a-f]+$")]
    private static partial Regex WorkerPid();

    /// <summary>The migration step, then replicas A and B, on one fresh database.</summary>
    public sealed class Replicas : IAsyncLifetime
    {
        public CdsHooksTokenMinter Minter { get; } = new();

        public ServiceProcess A { get; private set; } = null!;

        public ServiceProcess B { get; private set; } = null!;

        public string ConnectionString { get; private set; } = "";

        private CdsHooksJwksServer? _jwks;

        public async ValueTask InitializeAsync()
        {
            ConnectionString = await PostgresServer.CreateDatabaseAsync();
            _jwks = new CdsHooksJwksServer(Minter);
            var (exitCode, migrate) = await ServiceProcess.RunToExitAsync(Environment(0), ["--migrate"], TestContext.Current.CancellationToken);
            Assert.True(exitCode == 0, migrate.StandardOutput + string.Join('\n', migrate.StandardErrorLines));
            A = await StartAsync();
            B = await StartAsync();
        }

        public async ValueTask DisposeAsync()
        {
            if (A is not null)
                await A.DisposeAsync();
            if (B is not null)
                await B.DisposeAsync();
            if (_jwks is not null)
                await _jwks.DisposeAsync();
            Minter.Dispose();
            await PostgresServer.DropDatabaseAsync(ConnectionString);
        }

        /// <summary>
        /// The metrics port cannot be 0 (0 turns /metrics off), so a free one is asked for; another process may take it
        /// first, the replica then exits saying so, and another port is tried.
        /// </summary>
        private async Task<ServiceProcess> StartAsync()
        {
            for (var attempt = 1; ; attempt++)
            {
                var port = ServiceProcess.FreePort();
                try
                {
                    var replica = await ServiceProcess.StartAsync(Environment(port), TestContext.Current.CancellationToken);
                    replica.MetricsPort = port;
                    return replica;
                }
                catch (InvalidOperationException e) when (attempt < 3 && e.Message.Contains("cannot be bound", StringComparison.Ordinal))
                {
                }
            }
        }

        /// <summary>What an operator configures for a production replica (README, "Run it in production").</summary>
        private Dictionary<string, string> Environment(int metricsPort) => new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Cds"] = ConnectionString,
            ["Auth__ApiKeys__0__Name"] = "replica-test",
            ["Auth__ApiKeys__0__Sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ApiKey))),
            ["Auth__ApiKeys__0__Scopes__0"] = "evaluate",
            ["Auth__ApiKeys__0__Scopes__1"] = "read:own",
            ["Auth__ApiKeys__0__Scopes__2"] = "batches",
            ["CdsHooks__PublicBaseUrl"] = CdsHooksAppFactory.PublicBaseUrl,
            ["CdsHooks__TrustedClients__0__Issuer"] = CdsHooksTokenMinter.Issuer,
            ["CdsHooks__TrustedClients__0__JwksUrl"] = _jwks!.JwksUrl,
            ["CdsHooks__JwksTimeout"] = CdsHooksAppFactory.GenerousDeadline.ToString("c", CultureInfo.InvariantCulture),
            ["Batches__PollIntervalMs"] = "50",
            ["Batches__ChunkSize"] = "5",
            ["Telemetry__PrometheusPort"] = metricsPort.ToString(CultureInfo.InvariantCulture),
            ["Logging__LogLevel__Default"] = "Warning",
        };
    }
}
