namespace CdsService.Api.Tests.Security;

using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CdsService.Api.Tests.Batches;
using CdsService.Api.Tests.Infrastructure;

/// <summary>
/// The service as a process under a 512 MiB GC heap limit (DOTNET_GCHeapHardLimit; the memory limit of deploy/k8s), sent
/// the security tester's worst bodies (docs/security.md, "Bounded cost"): each answer is a 4xx or a success, never a
/// 5xx, and the process neither dies nor reports an OutOfMemoryException. Its peak resident memory is written as an
/// artefact, not asserted.
/// </summary>
public sealed class HeapLimitTests(HeapLimitTests.LimitedService service) : IClassFixture<HeapLimitTests.LimitedService>
{
    private const string ApiKey = "heap-limit-test-key";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AMegabyteOfEmptyBundleEntries_IsRefusedWithA4xx()
    {
        var body = """{"resourceType":"Bundle","type":"collection","entry":[""" + string.Join(",", Enumerable.Repeat("{}", 330_000)) + "]}";
        using var content = new StringContent(body, Encoding.UTF8, "application/fhir+json");
        using var response = await service.Client.PostAsync("/fhir/$evaluate", content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        service.AssertAlive("after a 1 MB bundle of empty entries");
    }

    [Fact]
    public async Task AThreeMebibyteFhirBatch_IsAcceptedAndEvaluated()
    {
        var body = FhirCohort(targetBytes: 3 * 1024 * 1024);
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/fhir+json");
        using var response = await service.Client.PostAsync(BatchClient.BatchesPath, content, Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var status = await service.Client.PollAsync(response.Headers.Location!, s => s.GetProperty("status").GetString() is "done" or "failed", maxPolls: 40_000);
        Assert.Equal("done", status.GetProperty("status").GetString());
        service.AssertAlive("after a 3 MiB FHIR batch");
    }

    [Fact]
    public async Task TheReportsOfATwentyThousandRowBatch_AreServedWhole()
    {
        var csv = new StringBuilder("patient_id,her2_ihc,pten,pik3ca_status,pik3ca_variants,cyclin_e\n");
        for (var i = 0; i < 20_000; i++)
        {
            // One patient in five HER2-positive with resistance findings (a full ranking each), the others HER2-low or negative.
            csv.Append("HEAP-").Append(i.ToString("D5", CultureInfo.InvariantCulture))
                .Append(i % 5 == 0 ? ",3+,loss,mutated,H1047R,amplified\n" : i % 2 == 0 ? ",1+,,,,\n" : ",0,,,,\n");
        }
        var location = await service.Client.SubmitOkAsync(csv.ToString());
        var status = await service.Client.PollAsync(location, s => s.GetProperty("status").GetString() is "done" or "failed", maxPolls: 40_000);
        Assert.Equal(20_000, status.GetProperty("done").GetInt32());

        foreach (var format in new[] { "html", "md", "summary-csv" })
        {
            using var response = await service.Client.GetAsync(location + "/report?format=" + format, HttpCompletionOption.ResponseHeadersRead, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await using var body = await response.Content.ReadAsStreamAsync(Ct);
            var counter = new CountingStream();
            await body.CopyToAsync(counter, Ct);
            // The whole report arrived: it ends with the disclaimer (md, html) or the last patient's line.
            Assert.True(counter.Length > 20_000 * 50, $"{format}: {counter.Length} bytes");
            if (format == "summary-csv")
                Assert.Contains("HEAP-19999,", counter.Tail, StringComparison.Ordinal);
            else
                Assert.Contains(format == "html" ? "<strong>Disclaimer.</strong>" : "**Disclaimer.**", counter.Tail, StringComparison.Ordinal);
            service.AssertAlive($"after the {format} report of a 20,000-row batch");
        }
        await service.RecordPeakAsync();
    }

    /// <summary>Patients with an IHC result and a PTEN result each, until the Bundle reaches <paramref name="targetBytes"/>.</summary>
    private static string FhirCohort(int targetBytes)
    {
        var entries = new List<string>();
        var size = 0;
        for (var i = 0; size < targetBytes; i++)
        {
            var id = "heap-" + i.ToString(CultureInfo.InvariantCulture);
            var patient = new JsonObject { ["fullUrl"] = "urn:uuid:" + Guid.NewGuid(), ["resource"] = new JsonObject { ["resourceType"] = "Patient", ["id"] = id } };
            var ihc = new JsonObject
            {
                ["resource"] = new JsonObject
                {
                    ["resourceType"] = "Observation",
                    ["status"] = "final",
                    ["subject"] = new JsonObject { ["reference"] = "Patient/" + id },
                    ["code"] = Coding("85319-2"),
                    ["valueCodeableConcept"] = Coding("LA11842-4"),
                },
            };
            string[] resources = [patient.ToJsonString(), ihc.ToJsonString()];
            entries.AddRange(resources);
            size += resources.Sum(r => r.Length + 1);
        }
        return """{"resourceType":"Bundle","type":"collection","entry":[""" + string.Join(",", entries) + "]}";
    }

    private static JsonObject Coding(string loinc) =>
        new() { ["coding"] = new JsonArray(new JsonObject { ["system"] = "http://loinc.org", ["code"] = loinc }) };

    /// <summary>Counts what is written and keeps the last bytes, so a report is read whole without being held.</summary>
    private sealed class CountingStream : Stream
    {
        private const int TailBytes = 2048;

        private readonly Queue<byte> _tail = new();

        public string Tail => Encoding.UTF8.GetString([.. _tail]);

        public override long Length => _length;

        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _length += buffer.Length;
            foreach (var b in buffer[Math.Max(0, buffer.Length - TailBytes)..])
            {
                _tail.Enqueue(b);
                if (_tail.Count > TailBytes)
                    _tail.Dequeue();
            }
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>One production-configured service process on its own SQLite file, with the GC heap limited to 512 MiB.</summary>
    public sealed class LimitedService : IAsyncLifetime
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("cds-heap-").FullName;
        private ServiceProcess? _process;

        public HttpClient Client { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            var environment = new Dictionary<string, string>
            {
                ["DOTNET_GCHeapHardLimit"] = "0x20000000",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Database__Provider"] = "Sqlite",
                ["ConnectionStrings__Cds"] = "Data Source=" + Path.Combine(_directory, "cds.db"),
                ["Auth__ApiKeys__0__Name"] = "heap-test",
                ["Auth__ApiKeys__0__Sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ApiKey))),
                ["Auth__ApiKeys__0__Scopes__0"] = "evaluate",
                ["Auth__ApiKeys__0__Scopes__1"] = "read:own",
                ["Auth__ApiKeys__0__Scopes__2"] = "batches",
                // CDS Hooks must be configured to start in Production; this test never calls it.
                ["CdsHooks__PublicBaseUrl"] = "https://cds.example.org",
                ["CdsHooks__TrustedClients__0__Issuer"] = "https://ehr.example.org",
                ["CdsHooks__TrustedClients__0__JwksUrl"] = "https://ehr.example.org/jwks",
                ["Telemetry__PrometheusPort"] = "0",
                // The test polls its batches every 25 ms, far above what the per-caller limit allows a real client.
                ["Security__RateLimits__PerCaller__PermitLimit"] = "1000000",
                ["Batches__PollIntervalMs"] = "50",
                ["Logging__LogLevel__Default"] = "Warning",
            };
            // Production never migrates at start (docs/operations.md): the operator's one-off command does.
            var (exitCode, migrate) = await ServiceProcess.RunToExitAsync(environment, ["--migrate"], TestContext.Current.CancellationToken);
            Assert.True(exitCode == 0, migrate.StandardOutput + string.Join('\n', migrate.StandardErrorLines));
            _process = await ServiceProcess.StartAsync(environment, TestContext.Current.CancellationToken);
            Client = _process.Client();
            Client.Timeout = TimeSpan.FromMinutes(10);
            Client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        }

        public void AssertAlive(string when)
        {
            Assert.False(_process!.HasExited, $"the service exited {when}:\n{string.Join('\n', _process.StandardErrorLines)}");
            var output = _process.StandardOutput + string.Join('\n', _process.StandardErrorLines);
            Assert.DoesNotContain("OutOfMemory", output, StringComparison.Ordinal);
        }

        public async Task RecordPeakAsync()
        {
            Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults"));
            await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "TestResults", "heap-limit-peak.txt"),
                $"peak resident memory of the service under DOTNET_GCHeapHardLimit=512 MiB: {_process!.PeakResidentMiB()} MiB\n", TestContext.Current.CancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            Client?.Dispose();
            if (_process is not null)
                await _process.DisposeAsync();
            Directory.Delete(_directory, recursive: true);
        }
    }
}
