namespace CdsService.Api.Tests.Fhir;

using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CdsService.Api.CdsHooks.Cards;
using CdsService.Api.Evaluations.Reports;
using CdsService.Api.Persistence;
using CdsService.Api.Tests.Batches;
using CdsService.Api.Tests.CdsHooks;
using CdsService.Api.Tests.Infrastructure;
using CdsService.Rules.KnowledgeBase;
using CdsService.Rules.Vocabulary;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The same patient through every channel tells the same truth (docs/clinical-rules.md, "Wording rules"): REST, FHIR,
/// the CDS Hooks card and its full report, the one-patient report (md and html) and the tumor-board batch reports
/// (md and csv) agree on the HER2 status, the findings, the top options and their availability tiers.
/// </summary>
public sealed class RestFhirAgreementTests(CdsApiFactory factory) : IClassFixture<CdsApiFactory>, IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly HttpClient _client = factory.CreateClient();

    // The real engine behind the hooks (no canned evaluation), on Kestrel with JWT.
    private readonly CdsHooksAppFactory _hooks = new() { Canned = null };

    public static TheoryData<string, string> SamePatients { get; } = new()
    {
        { "her2-positive-resistance.json", """{"her2":{"ihc":"3+"},"pten":"loss","pik3ca":{"status":"mutated","variants":["H1047R"]},"fcgr3a158":"F/F","serumHer2Ecd":{"value":22,"unit":"ng/mL"},"egfr":"overexpressed"}""" },
        { "mcode-her2-er-pr.json", """{"her2":{"ihc":"3+","reportedStatus":"positive"}}""" },
        { "her2-fish-panel.json", """{"her2":{"ihc":"2+","ish":{"assay":"dual-probe","her2Cep17Ratio":2.4,"meanHer2CopiesPerCell":4.8},"reportedStatus":"positive"}}""" },
        { "pten-ihc-parameters.json", """{"pten":"loss","cyclinE":"overexpressed","pik3ca":{"status":"mutated","variants":["E545K"]}}""" },
        { "fcgr-genotype.json", """{"fcgr3a158":"V/F","fcgr2a131":"H/R"}""" },
        { "serum-ecd-units.json", """{"serumHer2Ecd":{"value":18.5,"unit":"ng/mL"}}""" },
        { "genomics-reporting-oncology-report-example.json", """{"pik3ca":{"status":"mutated","variants":["H1047R","K111N"]}}""" },
    };

    /// <summary>The fixtures that are one Patient's Bundle, which a CDS client can hand over as prefetch.</summary>
    public static TheoryData<string, string> HookPatients { get; } = new()
    {
        { "her2-positive-resistance.json", """{"her2":{"ihc":"3+"},"pten":"loss","pik3ca":{"status":"mutated","variants":["H1047R"]},"fcgr3a158":"F/F","serumHer2Ecd":{"value":22,"unit":"ng/mL"},"egfr":"overexpressed"}""" },
        { "mcode-her2-er-pr.json", """{"her2":{"ihc":"3+","reportedStatus":"positive"}}""" },
        { "her2-fish-panel.json", """{"her2":{"ihc":"2+","ish":{"assay":"dual-probe","her2Cep17Ratio":2.4,"meanHer2CopiesPerCell":4.8},"reportedStatus":"positive"}}""" },
        { "fcgr-genotype.json", """{"fcgr3a158":"V/F","fcgr2a131":"H/R"}""" },
        { "serum-ecd-units.json", """{"serumHer2Ecd":{"value":18.5,"unit":"ng/mL"}}""" },
    };

    [Theory]
    [MemberData(nameof(SamePatients))]
    public async System.Threading.Tasks.Task RestAndFhir_AgreeOnStatusFindingsAndRanking(string fixture, string restBody)
    {
        using var rest = await _client.PostJsonAsync(restBody);
        using var fhir = await _client.PostFhirAsync(FhirClient.Fixture(fixture));
        Assert.Equal(HttpStatusCode.OK, rest.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fhir.StatusCode);
        var answer = await rest.ReadJsonAsync();
        var resources = (await fhir.ReadFhirAsync<Bundle>()).Entry.Select(e => e.Resource).ToList();

        // An unknown status is no Observation: the GuidanceResponse asks for the HER2 tests instead (docs/fhir.md).
        var restStatus = answer.GetProperty("her2").GetProperty("status").GetString();
        var status = resources.OfType<Observation>().SingleOrDefault(o => o.Code.Coding.Any(c => c.Code == "48676-1") && o.Method?.Text is not null);
        var statusCode = status is null ? "unknown" : ((CodeableConcept)status.Value!).Coding.Single(c => c.System == "urn:cdsservice:her2-status").Code;
        Assert.Equal(restStatus, statusCode);
        if (status is null) Assert.NotEmpty(resources.OfType<GuidanceResponse>().Single().DataRequirement);

        var implications = resources.OfType<Observation>().Where(o => o.Code.Coding.FirstOrDefault()?.Code == "therapeutic-implication");
        Assert.Equal(answer.GetProperty("findings").Strings("id"), implications.Select(o => o.Code.Coding[1].Code));

        var actions = resources.OfType<RequestGroup>().Single().Action.Where(a => a.Prefix is not null);
        Assert.Equal(answer.GetProperty("options").Strings("agentId"), actions.Select(a => a.ElementId));
    }

    /// <summary>
    /// The scenario patients under each lens: the FHIR RequestGroup's ranked actions have the REST answer's order, tiers
    /// and dated-note ids (docs/fhir.md, "Extensions"); the findings, the also-discussed agents and their notes match
    /// too, the lens is stated on both answers, and the FHIR audit row records it.
    /// </summary>
    [Theory]
    [MemberData(nameof(ScenarioPatients.UnderBothLenses), MemberType = typeof(ScenarioPatients))]
    public async System.Threading.Tasks.Task RestAndFhir_AgreeOnOrderTiersAndDatedNotes_UnderBothLenses(string scenario, string lens)
    {
        var answer = await RestAsync(ScenarioPatients.Rest(scenario, lens));
        using var fhir = await _client.PostFhirAsync(ScenarioPatients.Fhir(scenario, lens));
        Assert.Equal(HttpStatusCode.OK, fhir.StatusCode);
        var bundle = await fhir.ReadFhirAsync<Bundle>();
        var resources = bundle.Entry.Select(e => e.Resource).ToList();
        var group = resources.OfType<RequestGroup>().Single();

        Assert.Equal(lens, answer.GetProperty("ranking").GetProperty("lens").GetString());
        Assert.Equal(lens, Part<Code>(group.GetExtension("urn:cdsservice:extension:ranking"), "lens").Value);
        Assert.Equal("positive", answer.GetProperty("her2").GetProperty("status").GetString());

        var options = answer.GetProperty("options").EnumerateArray().ToList();
        var actions = group.Action.Where(a => a.Prefix is not null).ToList();
        Assert.Equal(22, options.Count);
        Assert.Equal(options.Select(o => o.GetProperty("agentId").GetString()), actions.Select(a => a.ElementId));
        Assert.Equal(options.Select(o => o.GetProperty("availability").GetProperty("tier").GetInt32()), actions.Select(Tier));
        Assert.Equal(options.Select(o => NoteIds(o)), actions.Select(a => NoteIds(a.Documentation)));

        var findings = answer.GetProperty("findings").EnumerateArray().ToList();
        var implications = resources.OfType<Observation>().Where(o => o.Code.Coding.FirstOrDefault()?.Code == "therapeutic-implication").ToList();
        Assert.Equal(findings.Select(f => f.GetProperty("id").GetString()), implications.Select(o => o.Code.Coding[1].Code));
        Assert.Equal(findings.Select(f => NoteIds(f)), implications.Select(o => string.Join(" ", o.Note.Where(n => n.Extension.Count > 0)
            .Select(n => Part<Id>(n.GetExtension("urn:cdsservice:extension:dated-note"), "id").Value))));

        var alsoDiscussed = answer.GetProperty("alsoDiscussed").EnumerateArray().ToList();
        var listed = group.Action.Single(a => a.ElementId == "also-discussed").Action;
        Assert.Equal(alsoDiscussed.Select(a => "also-discussed-" + a.GetProperty("id").GetString()), listed.Select(a => a.ElementId));
        Assert.Equal(alsoDiscussed.Select(a => NoteIds(a)), listed.Select(a => NoteIds(a.Documentation)));

        var id = Guid.Parse(bundle.Identifier!.Value!["urn:uuid:".Length..]);
        await using var scope = factory.Services.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<CdsDbContext>().Evaluations.AsNoTracking().SingleAsync(e => e.Id == id, Ct);
        Assert.Equal(lens, row.RankingLens);
    }

    [Theory]
    [MemberData(nameof(SamePatients))]
    public async System.Threading.Tasks.Task RestAndItsReport_AgreeInMarkdownAndHtml(string fixture, string restBody)
    {
        _ = fixture;
        var answer = await RestAsync(restBody);
        var id = answer.GetProperty("evaluationId").GetGuid();

        var md = await _client.GetStringAsync($"/api/v1/evaluations/{id}/report?format=md", Ct);
        var html = await _client.GetStringAsync($"/api/v1/evaluations/{id}/report?format=html", Ct);

        AssertReportAgrees(answer, md);
        Assert.Contains($"HER2 status: {answer.GetProperty("her2").GetProperty("status").GetString()}", html, StringComparison.Ordinal);
        foreach (var option in answer.GetProperty("options").EnumerateArray())
        {
            Assert.Contains($"<td>{WebUtility.HtmlEncode(option.GetProperty("agent").GetString())}</td>\n<td>{WebUtility.HtmlEncode(Badge(option))}</td>", html, StringComparison.Ordinal);
        }

        // Every dated note of the answer reaches the full report, with its text (Markdown-escaped).
        foreach (var note in DatedNotes(answer))
        {
            Assert.Contains(MarkdownText.Escape(note.GetProperty("note").GetString()), md, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(HookPatients))]
    public async System.Threading.Tasks.Task RestAndCards_AgreeOnStatusFindingsTopOptionsAndTiers(string fixture, string restBody)
    {
        var answer = await RestAsync(restBody);
        var (patientId, prefetch) = Prefetch(fixture);

        using var response = await _hooks.PostAsync(HookCalls.PatientView, HookCalls.PatientViewRequest(_hooks, prefetch, withFhir: false, patientId: patientId));
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var card = Assert.Single(JsonNode.Parse(text)!["cards"]!.AsArray())!;
        var summary = card["summary"]!.GetValue<string>();
        var detail = card["detail"]!.GetValue<string>();

        var status = answer.GetProperty("her2").GetProperty("status").GetString()!;
        Assert.StartsWith($"**HER2 {status}**", detail, StringComparison.Ordinal);
        AssertInOrder(detail, answer.GetProperty("findings").Strings("id").Select(f => $"- **{FindingNames.Full(f)}** ("));
        var options = answer.GetProperty("options").EnumerateArray().ToList();
        foreach (var option in options.Take(CardDetail.TopOptions))
        {
            var line = detail.Split('\n').Single(l => l.StartsWith($"{option.GetProperty("rank").GetInt32()}. **", StringComparison.Ordinal));
            Assert.StartsWith($"{option.GetProperty("rank").GetInt32()}. **{option.GetProperty("agent").GetString()}** ", line, StringComparison.Ordinal);
            Assert.Contains($"level {option.GetProperty("evidenceLevel").GetString()}", line, StringComparison.Ordinal);
            Assert.Contains($"; {Badge(option)} (", line, StringComparison.Ordinal);
            Assert.Contains($"Since the review: {option.GetProperty("currency").GetArrayLength()} dated note", line, StringComparison.Ordinal);
        }

        if (status == "positive")
        {
            var top = options.First(o => o.GetProperty("direction").GetString() == "supports" && o.GetProperty("availability").GetProperty("tier").GetInt32() <= 2);
            Assert.Contains($"{top.GetProperty("agent").GetString()} (tier {top.GetProperty("availability").GetProperty("tier").GetInt32()}", summary, StringComparison.Ordinal);
            Assert.Contains(CardSummaries.Backbone, summary, StringComparison.Ordinal);
        }
        else
        {
            Assert.Empty(options);
            Assert.DoesNotContain("Top options", detail, StringComparison.Ordinal);
        }

        // The card's signed full-report link opens, without an API key, the hook's audited evaluation: the same truth
        // as the REST report.
        var link = new Uri(card["links"]![0]!["url"]!.GetValue<string>());
        var hookEvaluation = Guid.Parse(link.AbsolutePath.Split('/')[^1]);
        await using var scope = _hooks.Services.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<CdsDbContext>().Evaluations.AsNoTracking().SingleAsync(e => e.Id == hookEvaluation, Ct);
        Assert.Equal("current", row.RankingLens);
        using var browser = _hooks.CreateClient();
        // The card opens the clinician page's read-only view; the report it links carries the same token.
        var markdown = await browser.GetStringAsync($"/reports/evaluations/{hookEvaluation}?format=md&" + link.Query.TrimStart('?'), Ct);
        Assert.Equal(MarkdownReportWriter.Write(EvaluationReportReader.Read(row)), markdown);
        AssertReportAgrees(answer, markdown);
    }

    [Fact]
    public async System.Threading.Tasks.Task RestAndTheBatchReports_AgreeForEveryPatient()
    {
        var patients = SamePatients.Select(p => (Id: p.Data.Item1, Body: p.Data.Item2)).ToList();
        var ndjson = string.Join("\n", patients.Select(p => WithPatientId(p.Body, p.Id)));
        var location = await _client.SubmitOkAsync(ndjson + "\n", "application/x-ndjson");
        Assert.Equal("done", (await _client.WaitUntilFinishedAsync(location)).GetProperty("status").GetString());
        var md = await _client.GetStringAsync(location + "/report?format=md", Ct);
        var csv = (await _client.GetStringAsync(location + "/report?format=csv", Ct)).Split("\r\n");

        for (var row = 0; row < patients.Count; row++)
        {
            var answer = await RestAsync(patients[row].Body);
            var start = md.IndexOf($"### {MarkdownText.Escape(patients[row].Id)}", StringComparison.Ordinal);
            Assert.True(start >= 0, patients[row].Id);
            var end = md.IndexOf("\n### ", start + 1, StringComparison.Ordinal);
            var section = md[start..(end < 0 ? md.Length : end)];

            Assert.Contains($"- **HER2 status: {answer.GetProperty("her2").GetProperty("status").GetString()}**", section, StringComparison.Ordinal);
            AssertInOrder(section, answer.GetProperty("findings").Strings("id").Select(f => $"- Finding **{MarkdownText.Escape(ClinicalLabels.Finding(f))}** ("));
            // A patient's section shows the top five; the CSV below carries every option.
            AssertInOrder(section, answer.GetProperty("options").EnumerateArray().Take(5).Select(o =>
                $"| {o.GetProperty("rank").GetInt32()} | {MarkdownText.Escape(o.GetProperty("agent").GetString())} | {Badge(o)} | {o.GetProperty("currency").GetArrayLength()} |"));

            var lines = csv.Where(l => l.StartsWith($"{row + 1},evaluated,{patients[row].Id},", StringComparison.Ordinal)).ToList();
            foreach (var option in answer.GetProperty("options").EnumerateArray())
            {
                var availability = option.GetProperty("availability");
                Assert.Contains(lines, l => l.Contains(
                    $",{option.GetProperty("rank").GetInt32()},{option.GetProperty("agent").GetString()},{availability.GetProperty("tier").GetInt32()},{availability.GetProperty("status").GetString()},",
                    StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task Her2PositiveResistance_HasOptionsAndFindings()
    {
        using var fhir = await _client.PostFhirAsync(FhirClient.Fixture("her2-positive-resistance.json"));

        var resources = (await fhir.ReadFhirAsync<Bundle>()).Entry.Select(e => e.Resource).ToList();
        Assert.Equal(22, resources.OfType<RequestGroup>().Single().Action.Count(a => a.Prefix is not null));
        Assert.True(resources.OfType<Observation>().Count(o => o.Code.Coding.FirstOrDefault()?.Code == "therapeutic-implication") >= 4);
        Assert.NotEmpty(resources.OfType<MedicationRequest>());
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _hooks.DisposeAsync();
    }

    private async Task<JsonElement> RestAsync(string body)
    {
        using var response = await _client.PostJsonAsync(body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    /// <summary>The one-patient report (Markdown) against the REST answer: status, findings in order, every option with its tier badge.</summary>
    private static void AssertReportAgrees(JsonElement answer, string md)
    {
        Assert.Contains($"## HER2 status: {answer.GetProperty("her2").GetProperty("status").GetString()}", md, StringComparison.Ordinal);
        AssertInOrder(md, answer.GetProperty("findings").Strings("id").Select(f => $"- **{MarkdownText.Escape(ClinicalLabels.Finding(f))}** ("));
        AssertInOrder(md, answer.GetProperty("options").EnumerateArray().Select(o =>
            $"| {o.GetProperty("rank").GetInt32()} | {MarkdownText.Escape(o.GetProperty("agent").GetString())} | {Badge(o)} |"));
        if (answer.GetProperty("options").GetArrayLength() > 0)
        {
            Assert.Contains($"**Ranking lens: {answer.GetProperty("ranking").GetProperty("lens").GetString()}.**", md, StringComparison.Ordinal);
        }
    }

    private static void AssertInOrder(string text, IEnumerable<string> parts)
    {
        var at = 0;
        foreach (var part in parts)
        {
            var found = text.IndexOf(part, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"not found after position {at}: {part}");
            at = found + part.Length;
        }
    }

    /// <summary>The badge every channel shows beside a rank, from the REST availability.</summary>
    private static string Badge(JsonElement option)
    {
        var availability = option.GetProperty("availability");
        var badge = AvailabilityText.Badge(AvailabilityText.FromWire(availability.GetProperty("status").GetString())!.Value, availability.GetProperty("tier").GetInt32());
        return availability.GetProperty("verified").GetBoolean() ? badge : badge + ", unverified";
    }

    private static string NoteIds(JsonElement item) => string.Join(" ", item.GetProperty("currency").EnumerateArray().Select(n => n.GetProperty("id").GetString()));

    private static string NoteIds(IEnumerable<RelatedArtifact> documentation) =>
        string.Join(" ", documentation.Where(d => d.Type == RelatedArtifact.RelatedArtifactType.Documentation).Select(d => d.Label));

    private static int Tier(RequestGroup.ActionComponent action) =>
        Part<Integer>(action.GetExtension("urn:cdsservice:extension:availability"), "tier").Value!.Value;

    private static T Part<T>(Extension? extension, string name) where T : DataType =>
        Assert.IsType<T>(Assert.Single(Assert.IsType<Extension>(extension).Extension, e => e.Url == name).Value);

    private static IEnumerable<JsonElement> DatedNotes(JsonElement answer) =>
        new[] { "options", "findings", "alsoDiscussed", "notes", "warnings" }
            .SelectMany(k => answer.GetProperty(k).EnumerateArray())
            .SelectMany(item => item.GetProperty("currency").EnumerateArray());

    private static string WithPatientId(string body, string patientId)
    {
        var panel = JsonNode.Parse(body)!.AsObject();
        panel["patientId"] = patientId;
        return panel.ToJsonString();
    }

    /// <summary>The fixture's Patient and Observations as a CDS client would prefetch them.</summary>
    private static (string PatientId, JsonObject Prefetch) Prefetch(string fixture)
    {
        var bundle = JsonNode.Parse(FhirClient.Fixture(fixture))!;
        var resources = bundle["entry"]!.AsArray().Select(e => e!["resource"]!.AsObject()).ToList();
        var patient = resources.Single(r => r["resourceType"]!.GetValue<string>() == "Patient");
        var observations = resources.Where(r => r["resourceType"]!.GetValue<string>() == "Observation").Select(o => (JsonObject)o.DeepClone()).ToArray();
        var prefetch = HookCalls.FullPrefetch(observations);
        prefetch["patient"] = patient.DeepClone();
        return (patient["id"]!.GetValue<string>(), prefetch);
    }
}
