namespace CdsService.Api.Tests.Batches;

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using CdsService.Rules.Engine;

/// <summary>
/// The README's batch example as a user runs it: the built service on a loopback port (SQLite file, Development, but
/// with authentication required and an API key, as outside Development), then examples/tumor-board/run-tumor-board.sh
/// with curl and CDS_API_KEY, then the three saved reports, and the links in them opened without the key.
/// </summary>
public sealed class ExampleScriptTests : IAsyncLifetime
{
    private const string ApiKey = "tumor-board-coordinator-key";

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
        // A report link must open without a key where keys are required (docs/batches.md): so keys are required here.
        start.Environment["Auth__Required"] = "true";
        start.Environment["Auth__ApiKeys__0__Name"] = "coordinator";
        start.Environment["Auth__ApiKeys__0__Sha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ApiKey)));
        start.Environment["Auth__ApiKeys__0__Scopes__0"] = "batches";
        start.Environment["Auth__ApiKeys__0__Scopes__1"] = "read:own";
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
    public async Task RunTumorBoardScript_ExampleCohort_ReportsHaveOverviewTopFiveDatedNotesAndWorkingLinks()
    {
        var output = Path.Combine(_work, "board");
        var script = Path.Combine(BatchClient.RepositoryRoot, "examples", "tumor-board", "run-tumor-board.sh");
        var (exitCode, stdout) = await RunAsync("sh", script, _baseUrl, BatchClient.CohortPath, output);
        Assert.True(exitCode == 0, stdout);
        var md = await File.ReadAllTextAsync(Path.Combine(output, "report.md"), Ct);
        var html = await File.ReadAllTextAsync(Path.Combine(output, "report.html"), Ct);
        var csv = await File.ReadAllTextAsync(Path.Combine(output, "report.csv"), Ct);
        // The overview as a spreadsheet: a header, then one row per evaluated patient and one per failed row.
        var summary = await File.ReadAllLinesAsync(Path.Combine(output, "summary.csv"), Ct);
        Assert.StartsWith("row,status,patient_id,", summary[0], StringComparison.Ordinal);
        Assert.Equal(1 + 58, summary.Length);
        var patients = File.ReadLines(BatchClient.CohortPath).Skip(1).Select(l => l.Split(',')[0]).Except(["TB-2026-057", "TB-2026-058"]).ToList();
        Assert.Equal(56, patients.Count);

        // The overview: first after the provenance, one line per evaluated patient, in file order, each a link.
        var overview = Section(md, "## Overview", "## Cohort summary");
        Assert.True(md.IndexOf("## Overview", StringComparison.Ordinal) < md.IndexOf("## Patients", StringComparison.Ordinal));
        var overviewRows = overview.Split('\n').Where(l => l.StartsWith("| [", StringComparison.Ordinal)).ToList();
        Assert.Equal(patients, overviewRows.Select(l => Regex.Match(l, @"^\| \[([^\]]+)\]\(").Groups[1].Value.Replace("\\", "", StringComparison.Ordinal)));
        Assert.Matches(@"^\| \[TB-2026-001\]\(http://127\.0\.0\.1:\d+/app/evaluations/[0-9a-f-]{36}\?token=[^)]+\) \| positive \| pi3k-hyperactivation: pten-loss \| Pertuzumab \(rank 1; tier 1, approved HER2\+ breast\) \| none \|$", overviewRows[0]);
        var htmlOverview = Section(html, "<h2>Overview</h2>", "<h2>Cohort summary</h2>");
        Assert.Equal(1 + 56, Regex.Count(htmlOverview, "<tr>"));

        // Per patient: headed by the patient id, at most five options; HER2-positive TB-2026-001 has five, and all 22 in the appendix.
        var sections = Section(md, "## Patients", "## Rows that failed").Split("\n### ").Skip(1).ToList();
        Assert.Equal(patients, sections.Select(p => p[..p.IndexOf('\n', StringComparison.Ordinal)]).Select(h => h.Replace("\\", "", StringComparison.Ordinal)));
        Assert.All(sections, p => Assert.InRange(OptionRows(p), 0, 5));
        Assert.Equal(5, OptionRows(sections[0]));
        Assert.Equal(22, OptionRows(Section(md, "### Full ranking: TB-2026-001", "### Full ranking: ")));
        var htmlSections = Regex.Matches(html, "<section class=\"patient\">(.*?)</section>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(56, htmlSections.Count);
        Assert.All(htmlSections, p => Assert.InRange(Regex.Count(p.Split("<details>")[0], "<tr>"), 0, 1 + 5));
        Assert.Equal(1 + 22, Regex.Count(htmlSections[0].Split("<details>")[1], "<tr>"));
        Assert.Contains("section.patient{break-before:page}", html);

        // The dated notes are there: every agent whose top-five row counts notes has its notes listed, in md and html;
        // every note id of a CSV option row has its own dated-note row.
        Assert.DoesNotContain("currency notes", md + html + csv, StringComparison.OrdinalIgnoreCase);
        var notes = Section(md, "## Dated notes", "## Appendix: full rankings");
        var agentsWithNotes = sections.SelectMany(p => Regex.Matches(p, @"^\| \d+ \| ([^|]+) \| [^|]+ \| ([1-9]\d*) \|", RegexOptions.Multiline))
            .Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(agentsWithNotes);
        Assert.All(agentsWithNotes, agent => Assert.Matches(@"\n### " + Regex.Escape(agent) + @" \([^)]*\): \d+ notes?\n\n- (?:As of|Searched) ", notes));
        Assert.Contains("<h2>Dated notes</h2>", html);
        Assert.All(agentsWithNotes, agent => Assert.Contains("<h3>" + System.Net.WebUtility.HtmlEncode(agent) + " (", html));
        // A note with no event date is dated by the search ("searched 2026-12"), never as if something happened then.
        var noteIds = Regex.Matches(csv, @"([a-z0-9][a-z0-9-]+) \((searched )?\d{4}[^,()]*, (?:verified|UNVERIFIED)\)").Select(m => (m.Groups[1].Value, m.Groups[2].Success)).Distinct().ToList();
        Assert.Contains(noteIds, n => n.Success);
        Assert.Contains(noteIds, n => !n.Success);
        Assert.All(noteIds, n => Assert.Contains("[" + n.Value + (n.Success ? "] Searched " : "] As of "), csv));

        // Links that work: opened without the API key (which the API itself requires), each opens the clinician page's
        // read-only view, whose stored answer (docs/app.md) is the patient's.
        using var browser = new HttpClient();
        using (var refused = await browser.GetAsync(_baseUrl + "/api/v1/evaluations", Ct))
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var mdLink = Regex.Match(overviewRows[0], @"\]\((http[^)]+)\)").Groups[1].Value;
        var htmlLink = System.Net.WebUtility.HtmlDecode(Regex.Match(htmlSections[1], "<a href=\"(http[^\"]+)\">full report</a>").Groups[1].Value);
        foreach (var (link, patient) in new[] { (mdLink, "TB-2026-001"), (htmlLink, "TB-2026-002") })
        {
            var view = new Uri(link);
            using var page = await browser.GetAsync(view, Ct);
            using var response = await browser.GetAsync(new Uri(view, view.AbsolutePath.Replace("/app/", "/reports/", StringComparison.Ordinal) + "/answer" + view.Query), Ct);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(patient, System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!["patientId"]!.GetValue<string>());
        }
    }

    /// <summary>The text between the first <paramref name="from"/> and the next <paramref name="to"/> (or the end).</summary>
    private static string Section(string text, string from, string to)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(start >= 0, "missing " + from);
        var end = text.IndexOf(to, start + from.Length, StringComparison.Ordinal);
        return text[start..(end < 0 ? text.Length : end)];
    }

    /// <summary>Rows of the option table in a patient's Markdown: "| 3 | Lapatinib | ...".</summary>
    private static int OptionRows(string section) => Regex.Count(section, @"^\| \d+ \| ", RegexOptions.Multiline);

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
        var start = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["CDS_API_KEY"] = ApiKey;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + file);
        // Bounded by the per-test timeout (docs/testing.md), not by a clock of its own that a busy machine could outlast.
        var stdout = process.StandardOutput.ReadToEndAsync(Ct);
        var stderr = process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
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
