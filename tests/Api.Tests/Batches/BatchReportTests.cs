namespace CdsService.Api.Tests.Batches;

using System.Text.Json;
using System.Text.RegularExpressions;
using CdsService.Rules.Engine;

/// <summary>The four report formats of a finished batch, on the example cohort and on hostile input.</summary>
public sealed class BatchReportTests(SqliteBatchDatabaseFixture fixture) : IClassFixture<SqliteBatchDatabaseFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static string KbVersion => CdsEngine.CreateDefault().KnowledgeBase.Version;

    private async Task<(HttpClient Client, Uri Location)> FinishedCohortAsync(string csv)
    {
        var client = fixture.Factory.CreateClient();
        var location = await client.SubmitOkAsync(csv);
        await client.WaitUntilFinishedAsync(location);
        return (client, location);
    }

    [Fact]
    public async Task Markdown_ExampleCohort_HasSummaryPatientsFailedRowsReferencesKbAndDisclaimer()
    {
        var (client, location) = await FinishedCohortAsync(await File.ReadAllTextAsync(BatchClient.CohortPath, Ct));
        using (client)
        {
            var md = await client.GetStringAsync(location + "/report?format=md", Ct);

            Assert.Contains("| positive | 31 | 55.4% |", md);
            Assert.Contains("| pi3k-hyperactivation |", md);
            Assert.Contains("### Most frequent top-ranked options", md);
            Assert.Contains("### TB-2026-001", md);
            Assert.Contains("- **HER2 status: positive**. IHC 3+ without ISH: HER2 positive.", md);
            Assert.Contains("Finding **PTEN loss** (resistance; PI3K-Akt hyperactivation)", md);
            // Under the default lens "current" the tier comes before relevance: the tier-1 agents (approved for HER2-positive
            // breast cancer) are pertuzumab, lapatinib and T-DM1. TB-2026-001 (PTEN loss) matches none of them: EMILIA found
            // T-DM1's benefit whatever the PI3K-pathway status, so pertuzumab (level A) is first and T-DM1 third, "general".
            // TB-2026-018 (Src activated) is covered by T-DM1's mechanism set (every mechanism but epitope loss): T-DM1 first.
            // RAD001, tied to PTEN loss by the review, is tier 2 (approved only outside HER2-positive disease), set aside too.
            Assert.Matches(@"\| 1 \| Pertuzumab \| tier 1, approved HER2\+ breast \| \d+ \| ErbB2/ErbB3 \| A \| supports \| general \| \[91, 92, 93, 94\]", md);
            Assert.Matches(@"\| 3 \| Trastuzumab-DM1 \| tier 1, approved HER2\+ breast \| \d+ \| ErbB2 \| B \| supports \| general \| \[122, 123, 124, 125\]", md);
            Assert.Matches(@"\| 1 \| Trastuzumab-DM1 \| tier 1, approved HER2\+ breast \| \d+ \| ErbB2 \| B \| supports \| mechanism \| \[122, 123, 124, 125\]", md);
            Assert.Matches(@"\| 4 \| RAD001 \| tier 2, other indication \| \d+ \| mTOR \| B \| supports \| general \| \[105\]", md);
            Assert.Contains("| Ranking | lens current for every row |", md);
            Assert.Matches(@"### Trastuzumab-DM1 \(tier 1, approved HER2\+ breast\): \d+ notes", md);
            Assert.Contains(", **unverified**: ", md);
            Assert.Contains("[16, 18, 60]", md);
            Assert.Contains("| 58 | her2\\_ihc | her2.ihc |", md);
            Assert.Contains("- [16] ", md);
            Assert.Contains("| Knowledge base | version " + KbVersion, md);
            Assert.Contains("**Disclaimer.**", md);
        }
    }

    [Fact]
    public async Task Markdown_ExampleCohort_ServiceWarningsStatedOnceForTheCohort()
    {
        var (client, location) = await FinishedCohortAsync(await File.ReadAllTextAsync(BatchClient.CohortPath, Ct));
        using (client)
        {
            var md = await client.GetStringAsync(location + "/report?format=md", Ct);

            var cohort = md.IndexOf("### Warnings for the cohort", StringComparison.Ordinal);
            Assert.True(cohort > 0 && cohort < md.IndexOf("## Patients", StringComparison.Ordinal));
            // Once each, under the cohort, by their texts (the report prints no codes).
            Assert.Single(Regex.Matches(md, @"The evidence is a review published in 2011\."));
            Assert.Single(Regex.Matches(md, @"Most proposed resistance mechanisms come primarily from in vitro"));
            Assert.Contains("- Warning (56 of 56 patients): The evidence is a review published in 2011.", md);
            Assert.Matches(@"- Warning \([1-9][0-9]? of 56 patients\): Most proposed resistance mechanisms come primarily from in vitro", md);
        }
    }

    [Fact]
    public async Task FailedRows_ExampleCohort_NameThePatientOfTheRow()
    {
        var (client, location) = await FinishedCohortAsync(await File.ReadAllTextAsync(BatchClient.CohortPath, Ct));
        using (client)
        {
            var md = await client.GetStringAsync(location + "/report?format=md", Ct);
            var csv = await client.GetStringAsync(location + "/report?format=csv", Ct);
            var json = JsonDocument.Parse(await client.GetStringAsync(location + "/report?format=json", Ct)).RootElement;

            Assert.Contains("| Row | Column | Field | Problem | Patient |", md);
            Assert.Matches(@"\| 58 \| her2\\_ihc \| her2\.ihc \| [^|]+ \| TB-2026-057 \|", md);
            Assert.Matches(@"\| 59 \| her2\\_cep17\\_ratio \| her2\.ish\.her2Cep17Ratio \| [^|]+ \| TB-2026-058 \|", md);
            Assert.Contains("\r\n58,failed,TB-2026-057,", csv);
            Assert.Equal(["TB-2026-057", "TB-2026-058"], json.GetProperty("failedRows").EnumerateArray().Select(e => e.GetProperty("patientId").GetString()));
        }
    }

    [Fact]
    public async Task FailedRows_NdjsonRowWithoutPatientId_SaysNotGiven()
    {
        var client = fixture.Factory.CreateClient();
        var location = await client.SubmitOkAsync("{\"patientId\":\"N-1\",\"pten\":\"loss\"}\n{\"pten\":\"lost\"}\n{\"patientId\":\"N-3\",\"pten\":\"gone\"}\n", "application/x-ndjson");
        await client.WaitUntilFinishedAsync(location);
        using (client)
        {
            var md = await client.GetStringAsync(location + "/report?format=md", Ct);

            Assert.Matches(@"\| 2 \| \(row\) \| pten \| [^|]+ \| not given \|", md);
            Assert.Matches(@"\| 3 \| \(row\) \| pten \| [^|]+ \| N-3 \|", md);
        }
    }

    [Fact]
    public async Task Html_ExampleCohort_SelfContainedWithChartAndPolicy()
    {
        var (client, location) = await FinishedCohortAsync(await File.ReadAllTextAsync(BatchClient.CohortPath, Ct));
        using (client)
        {
            using var response = await client.GetAsync(location + "/report?format=html", Ct);
            var html = await response.Content.ReadAsStringAsync(Ct);

            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.StartsWith("<!DOCTYPE html>", html);
            Assert.Contains("<svg", html);
            Assert.Contains("<h3>TB-2026-001</h3>", html);
            Assert.Contains("[16, 18, 60]", html);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task CsvAndJson_ExampleCohort_OneRowPerPatientAndOption()
    {
        var (client, location) = await FinishedCohortAsync(await File.ReadAllTextAsync(BatchClient.CohortPath, Ct));
        using (client)
        {
            var csv = await client.GetStringAsync(location + "/report?format=csv", Ct);
            var json = JsonDocument.Parse(await client.GetStringAsync(location + "/report?format=json", Ct)).RootElement;

            var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.StartsWith("row,status,patient_id,evaluation_id,her2_status", lines[0]);
            var notes = json.GetProperty("patients").EnumerateArray().Select(p => p.GetProperty("report"))
                .SelectMany(r => new[] { "options", "alsoDiscussed", "findings", "notes", "warnings" }.SelectMany(k => r.GetProperty(k).EnumerateArray()))
                .SelectMany(item => item.GetProperty("currency").EnumerateArray().Select(n => n.GetProperty("id").GetString()))
                .Distinct().Count();
            // The header; 31 HER2-positive patients x (22 options + 3 agents discussed outside Table 1); 25 patients without
            // options; 2 failed rows; each dated note shown once.
            Assert.Equal(1 + (31 * (22 + 3)) + 25 + 2 + notes, lines.Length);
            // Rank 1 under the default lens "current": pertuzumab (see the Markdown test for why), with its availability.
            Assert.Contains(lines, l => l.StartsWith("2,evaluated,TB-2026-001,", StringComparison.Ordinal)
                && l.Contains(",1,Pertuzumab,1,approved-her2-breast,verified,ErbB2/ErbB3,A,supports,general,\"[91, 92, 93, 94] the review\",", StringComparison.Ordinal)
                && l.EndsWith(",current," + KbVersion + ",", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith(",dated-note,", StringComparison.Ordinal) && l.Contains("UNVERIFIED", StringComparison.Ordinal));
            Assert.Equal(56, json.GetProperty("patients").GetArrayLength());
            Assert.Equal(2, json.GetProperty("failedRows").GetArrayLength());
            Assert.Equal(KbVersion, json.GetProperty("knowledgeBases")[0].GetProperty("version").GetString());
        }
    }

    [Fact]
    public async Task AllFormats_HostilePatientIds_EscapedEverywhere()
    {
        const string csv = "patient_id,her2_ihc\n\"<script>alert(1)</script>\",3+\n\"=HYPERLINK(\"\"http://x\"\")\",3+\n\"**x**](javascript:alert(1))\",3+\n";
        var (client, location) = await FinishedCohortAsync(csv);
        using (client)
        {
            var html = await client.GetStringAsync(location + "/report?format=html", Ct);
            var md = await client.GetStringAsync(location + "/report?format=md", Ct);
            var report = await client.GetStringAsync(location + "/report?format=csv", Ct);
            var summary = await client.GetStringAsync(location + "/report?format=summary-csv", Ct);

            Assert.DoesNotContain("<script>", html);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
            Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(@"\*\*x\*\*]\(javascript:alert(1))", md);
            Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", report);
            Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", summary);
            Assert.Contains(@"[\*\*x\*\*\]\(javascript:alert(1))](http", md);
        }
    }

    [Fact]
    public async Task SummaryCsv_ExampleCohort_OneRowPerPatientWithTheOverviewColumns()
    {
        var (client, location) = await FinishedCohortAsync(await File.ReadAllTextAsync(BatchClient.CohortPath, Ct));
        using (client)
        {
            using var response = await client.GetAsync(location + "/report?format=summary-csv", Ct);
            var csv = await response.Content.ReadAsStringAsync(Ct);

            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(
                "row,status,patient_id,evaluation_id,her2_status,her2_pending,findings_by_mechanism,top_available_option,top_available_rank,top_available_tier,top_available_status,flags,error",
                lines[0]);
            // The header, 56 evaluated patients, 2 failed rows.
            Assert.Equal(1 + 56 + 2, lines.Length);
            // TB-2026-001: HER2-positive on IHC 3+, PTEN loss; under the lens "current" pertuzumab is first (see the Markdown test).
            Assert.Matches(@"^2,evaluated,TB-2026-001,[0-9a-f-]{36},positive,,pi3k-hyperactivation: pten-loss,Pertuzumab,1,1,approved-her2-breast,,$", lines[1]);
            Assert.Single(lines, l => l.StartsWith("58,failed,TB-2026-057,", StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// The report streams the patients a page at a time (docs/batches.md, "Report size"): across page boundaries every
    /// format still lists each patient once, in row order, with the cohort counted over all of them.
    /// </summary>
    [Fact]
    public async Task Report_MoreRowsThanOnePage_EveryPatientOnceInRowOrderInEveryFormat()
    {
        var rows = (2 * Api.Batches.Reports.BatchPatientReader.PageSize) + 37;
        var csv = new System.Text.StringBuilder("patient_id,her2_ihc,pten\n");
        for (var i = 1; i <= rows; i++)
            csv.Append("PAGE-").Append(i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)).Append(i % 3 == 0 ? ",1+,\n" : ",3+,loss\n");
        var (client, location) = await FinishedCohortAsync(csv.ToString());
        using (client)
        {
            var expected = Enumerable.Range(1, rows).Select(i => "PAGE-" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var md = await client.GetStringAsync(location + "/report?format=md", Ct);
            var html = await client.GetStringAsync(location + "/report?format=html", Ct);
            var summary = await client.GetStringAsync(location + "/report?format=summary-csv", Ct);
            var json = JsonDocument.Parse(await client.GetStringAsync(location + "/report?format=json", Ct)).RootElement;

            Assert.Equal(expected, Regex.Matches(md, @"^\| \[(PAGE-\d{4})\]\(", RegexOptions.Multiline).Select(m => m.Groups[1].Value));
            Assert.Equal(expected, Regex.Matches(md, @"^### (PAGE-\d{4})$", RegexOptions.Multiline).Select(m => m.Groups[1].Value));
            var positive = expected.Where((_, i) => (i + 1) % 3 != 0).ToList();
            Assert.Equal(positive, Regex.Matches(md, @"^### Full ranking: (PAGE-\d{4})$", RegexOptions.Multiline).Select(m => m.Groups[1].Value));
            Assert.Contains($"| positive | {positive.Count} | ", md);
            Assert.Contains($"| negative | {rows - positive.Count} | ", md);
            Assert.Contains($"| pi3k-hyperactivation | {positive.Count} | ", md);
            Assert.Contains($"One line per evaluated patient ({rows})", md);

            Assert.Equal(expected, Regex.Matches(html, @"<tr>\n<td><a href=""[^""]+"">(PAGE-\d{4})</a></td>").Select(m => m.Groups[1].Value));
            Assert.Equal(expected, Regex.Matches(html, @"<section class=""patient"">\n<h3>(PAGE-\d{4})</h3>").Select(m => m.Groups[1].Value));
            Assert.Equal(rows, Regex.Count(html, "</section>"));
            Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);

            Assert.Equal(expected, summary.Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[2]));
            Assert.Equal(expected, json.GetProperty("patients").EnumerateArray().Select(p => p.GetProperty("report").GetProperty("patientId").GetString()));
            Assert.Equal(positive.Count, json.GetProperty("summary").GetProperty("patientsWithOptions").GetInt32());
        }
    }
}
