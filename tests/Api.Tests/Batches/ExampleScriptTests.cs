namespace CdsService.Api.Tests.Batches;

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CdsService.Rules.Engine;

/// <summary>
/// The README's batch example as a user runs it: the built service on a loopback port (SQLite file, Development),
/// then examples/tumor-board/run-tumor-board.sh with curl, then the three saved reports.
/// </summary>
public sealed class ExampleScriptTests : IAsyncLifetime
{
    private readonly string _work = Directory.CreateTempSubdirectory("cds-script-test-").FullName;
    private Process? _service;
    private string _baseUrl = "";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var port = FreePort();
        _baseUrl = $"http://127.0.0.1:{port}";
        var dll = Path.Combine(BatchClient.RepositoryRoot, "src", "Api", "bin", BuildConfiguration(), "net10.0", "CdsService.Api.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", _baseUrl])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__Cds"] = $"Data Source={Path.Combine(_work, "cds.db")}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Telemetry__PrometheusPort"] = "0";
        _service = Process.Start(start) ?? throw new InvalidOperationException("could not start " + dll);
        _service.OutputDataReceived += (_, _) => { };
        _service.ErrorDataReceived += (_, _) => { };
        _service.BeginOutputReadLine();
        _service.BeginErrorReadLine();
        try
        {
            await WaitUntilLiveAsync();
        }
        catch
        {
            // A failed InitializeAsync gets no DisposeAsync: the process would outlive the test run.
            _service.Kill(entireProcessTree: true);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_service is { HasExited: false })
        {
            _service.Kill(entireProcessTree: true);
            await _service.WaitForExitAsync();
        }
        _service?.Dispose();
        Directory.Delete(_work, recursive: true);
    }

    [Fact]
    public async Task RunTumorBoardScript_ExampleCohort_SavesMarkdownHtmlAndCsvReports()
    {
        var output = Path.Combine(_work, "reports");
        var script = Path.Combine(BatchClient.RepositoryRoot, "examples", "tumor-board", "run-tumor-board.sh");

        var (exitCode, stdout) = await RunAsync("sh", script, _baseUrl, BatchClient.CohortPath, output);

        Assert.True(exitCode == 0, stdout);
        Assert.Contains("done: 58/58 rows done (2 failed)", stdout);
        var md = await File.ReadAllTextAsync(Path.Combine(output, "report.md"), Ct);
        var html = await File.ReadAllTextAsync(Path.Combine(output, "report.html"), Ct);
        var csv = await File.ReadAllTextAsync(Path.Combine(output, "report.csv"), Ct);
        var kb = CdsEngine.CreateDefault().KnowledgeBase.Version;
        Assert.Contains("| Knowledge base | version " + kb, md);
        Assert.Contains("### TB-2026-001", md);
        Assert.Contains("[16]", md);
        Assert.Contains("<h3>TB-2026-001</h3>", html);
        Assert.Contains("<svg", html);
        Assert.Contains("2,evaluated,TB-2026-001,", csv);
    }

    [Fact]
    public async Task RunTumorBoardScript_FhirExample_SubmitsTheBundleAsFhir()
    {
        var output = Path.Combine(_work, "fhir-reports");
        var script = Path.Combine(BatchClient.RepositoryRoot, "examples", "tumor-board", "run-tumor-board.sh");
        var cohort = Path.Combine(BatchClient.RepositoryRoot, "examples", "tumor-board", "cohort-fhir.json");

        var (exitCode, stdout) = await RunAsync("sh", script, _baseUrl, cohort, output);

        Assert.True(exitCode == 0, stdout);
        Assert.Contains("done: 5/5 rows done (1 failed)", stdout);
        var md = await File.ReadAllTextAsync(Path.Combine(output, "report.md"), Ct);
        Assert.Contains("### tb-fhir-1", md);
        Assert.Contains("### tb-fhir-4", md);
        Assert.Contains("| tb-fhir-5 |", md);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException("could not start " + file);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private async Task WaitUntilLiveAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (_service!.HasExited)
                throw new InvalidOperationException($"the service exited with {_service.ExitCode} before it was live");
            try
            {
                using var response = await http.GetAsync(_baseUrl + "/health/live", Ct);
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!Ct.IsCancellationRequested)
            {
                // Listening, but the first request (it compiles the whole pipeline) outlasted the client's timeout on a
                // busy machine: ask again.
            }
            await Task.Delay(100, Ct);
        }
        throw new TimeoutException("the service did not answer /health/live");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Debug or Release: the service is run from the same build as these tests.</summary>
    private static string BuildConfiguration() =>
        new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
}
