namespace CdsService.Api.Tests.Fhir;

using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CdsService.Api.CdsHooks.Cards;
using CdsService.Api.Tests.CdsHooks;
using CdsService.Api.Tests.Infrastructure;
using Hl7.Fhir.Model;

/// <summary>
/// The hospital-shaped inputs of TestData/Hospital (Epic-, Cerner- and sandbox-shaped Bundles as integrators send
/// them; "-nits" in a name marks one with syntax faults that change nothing clinical), each with its expected clinical
/// answer in "name.expected.json": HER2 status, finding ids in order, the top ranked option, warnings that must be
/// present and Observations that must be listed as not used (docs/fhir.md, "Lenient read").
/// </summary>
public sealed class HospitalFixtureTests(CdsApiFactory factory) : IClassFixture<CdsApiFactory>, IAsyncLifetime
{
    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "TestData", "Hospital");

    private readonly HttpClient _client = factory.CreateClient();

    // The real engine behind the hooks (no canned evaluation).
    private readonly CdsHooksAppFactory _hooks = new() { Canned = null };

    public static TheoryData<string> Fixtures { get; } = [.. Names()];

    /// <summary>The complete search results (Epic- and Cerner-shaped searchsets without a next page): what an EHR prefetches.</summary>
    public static TheoryData<string> SearchResultFixtures { get; } = [.. Names().Where(IsCompleteSearchResult)];

    [Fact]
    public void FixtureSet_HasAtLeast25HospitalInputsEachWithItsAnswer()
    {
        Assert.True(Names().Count() >= 25, $"{Names().Count()} fixtures");
        Assert.All(Names(), n => Assert.True(File.Exists(Path.Combine(Directory, n + ".expected.json")), n));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async System.Threading.Tasks.Task Evaluate_HospitalInput_GivesItsExpectedClinicalAnswer(string name)
    {
        var expected = Expected.Of(name);

        using var response = await _client.PostFhirAsync(Read(name));

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var answer = FhirAnswer.Of(text);
        Assert.Equal(expected.Her2Status, answer.Her2Status);
        Assert.Equal(expected.Findings, answer.Findings);
        Assert.Equal(expected.TopOption, answer.Options.Count == 0 ? null : answer.Options[0]);

        var warnings = answer.Issues.Where(i => i.Severity == OperationOutcome.IssueSeverity.Warning).Select(FhirAnswer.Text).ToList();
        Assert.All(expected.Warnings, w => Assert.Contains(warnings, t => t.Contains(w, StringComparison.Ordinal)));
        if (!name.Contains("-nits", StringComparison.Ordinal))
        {
            // A clean input gives no warning about its syntax.
            Assert.DoesNotContain(warnings, t => t.Contains("(PVAL", StringComparison.Ordinal) || t.Contains("(JSON", StringComparison.Ordinal));
        }

        foreach (var (id, reason) in expected.NotUsed)
        {
            Assert.Contains(answer.Issues, i => i.Severity == OperationOutcome.IssueSeverity.Information && FhirAnswer.Text(i).Contains(id, StringComparison.Ordinal)
                && FhirAnswer.Text(i).Contains(reason, StringComparison.Ordinal));
        }
    }

    /// <summary>The same Bundle as a patient-view prefetch, as an EHR sends a search result: the card states the same status and findings.</summary>
    [Theory]
    [MemberData(nameof(SearchResultFixtures))]
    public async System.Threading.Tasks.Task PatientView_HospitalBundleAsPrefetch_CardsAgreeWithTheExpectedAnswer(string name)
    {
        var expected = Expected.Of(name);
        var bundle = JsonNode.Parse(Read(name))!.AsObject();
        var patient = bundle["entry"]!.AsArray().Select(e => e!["resource"]!).First(r => r["resourceType"]!.GetValue<string>() == "Patient");
        var prefetch = HookCalls.FullPrefetch();
        prefetch["patient"] = patient.DeepClone();
        prefetch["her2Observations"] = bundle.DeepClone();

        using var response = await _hooks.PostAsync(HookCalls.PatientView, HookCalls.PatientViewRequest(_hooks, prefetch, withFhir: false, patientId: patient["id"]!.GetValue<string>()));

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var details = JsonNode.Parse(text)!["cards"]!.AsArray().Select(c => c!["detail"]?.GetValue<string>() ?? "").ToList();
        if (expected.Her2Status == "unknown") Assert.DoesNotContain(details, d => d.StartsWith("**HER2 ", StringComparison.Ordinal));
        else Assert.Contains(details, d => d.StartsWith($"**HER2 {expected.Her2Status}**", StringComparison.Ordinal));
        Assert.All(expected.Findings, f => Assert.Contains(details, d => d.Contains($"**{FindingNames.Full(f)}**", StringComparison.Ordinal)));

        // Syntax faults are one line in the card, never one per fault: they change nothing the card says.
        var accepted = details.SelectMany(d => d.Split('\n')).Where(l => l.Contains("FHIR syntax fault(s) in the EHR data were accepted", StringComparison.Ordinal)).ToList();
        Assert.Equal(name.Contains("-nits", StringComparison.Ordinal) ? 1 : 0, accepted.Distinct().Count());
        Assert.DoesNotContain(details, d => d.Contains("(PVAL", StringComparison.Ordinal));
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _hooks.DisposeAsync();
    }

    private static IEnumerable<string> Names() =>
        System.IO.Directory.GetFiles(Directory, "*.json").Select(Path.GetFileName).OfType<string>()
            .Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal)).Select(f => f[..^".json".Length]).Order(StringComparer.Ordinal);

    private static bool IsCompleteSearchResult(string name)
    {
        var root = JsonNode.Parse(Read(name))!;
        return root["type"]?.GetValue<string>() == "searchset"
            && root["link"]!.AsArray().All(l => l!["relation"]!.GetValue<string>() != "next");
    }

    private static string Read(string name) => File.ReadAllText(Path.Combine(Directory, name + ".json"));

    private sealed record Expected(string Her2Status, string[] Findings, string? TopOption, string[] Warnings, Dictionary<string, string> NotUsed)
    {
        private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

        public static Expected Of(string name) =>
            JsonSerializer.Deserialize<Expected>(File.ReadAllText(Path.Combine(Directory, name + ".expected.json")), Options)!;
    }
}
