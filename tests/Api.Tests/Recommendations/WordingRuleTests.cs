namespace CdsService.Api.Tests.Recommendations;

using System.Net;
using System.Text.Json;

/// <summary>
/// The wording rules (docs/clinical-rules.md, "Wording rules") through the running service: the REST answer and the
/// one-patient report rendered from it. The card summaries and details are held to the same rules in
/// CdsHooks/CardWordingTests, over every finding and history.
/// </summary>
public sealed class WordingRuleTests(CdsApiFactory factory) : IClassFixture<CdsApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly HttpClient _client = factory.CreateClient();

    private const string ExpectedToHelp = "expected to help";

    public static TheoryData<string, string> ProgressedPatients { get; } = new()
    {
        { "progressed", "" },
        { "progressed-after-response", "" },
        { "no-response", "" },
        { "progressed", """, "pten": "intact" """ },
        { "progressed", """, "fcgr3a158": "F/F" """ },
        { "no-response", """, "pik3ca": { "status": "mutated", "variants": ["I391M"] } """ },
        { "progressed-after-response", """, "pten": "loss" """ },
    };

    [Theory]
    [MemberData(nameof(ProgressedPatients))]
    public async Task AfterProgressionOnTrastuzumab_NeitherAnswerNorReportSaysExpectedToHelp(string history, string markers)
    {
        var (answer, md) = await AnswerAndReportAsync($$"""{ "her2": { "ihc": "3+" }, "trastuzumabHistory": "{{history}}"{{markers}} }""");

        Assert.DoesNotContain(ExpectedToHelp, answer, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ExpectedToHelp, md, StringComparison.OrdinalIgnoreCase);
        // Said instead: progression on trastuzumab is the setting the Table 1 options address.
        Assert.Contains("the setting the Table 1 options address", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("naive")]
    [InlineData("responding")]
    public async Task NotProgressed_WithoutAResistanceFinding_SaysExpectedToHelp(string? history)
    {
        var body = $$"""{ "her2": { "ihc": "3+" }, "trastuzumabHistory": "{{history}}" }""";

        var (answer, md) = await AnswerAndReportAsync(body);

        Assert.Contains(ExpectedToHelp, answer, StringComparison.Ordinal);
        Assert.Contains(ExpectedToHelp, md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HistoryNotGiven_WithoutAResistanceFinding_SaysItOnlyConditionally()
    {
        var (answer, md) = await AnswerAndReportAsync("""{ "her2": { "ihc": "3+" } }""");

        Assert.DoesNotContain(ExpectedToHelp, answer, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ExpectedToHelp, md, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("The trastuzumab history was not given. If trastuzumab has not yet been given, or the disease is responding on it, trastuzumab-based therapy is indicated and the Table 1 options are not yet needed; after progression", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "her2": { "ihc": "3+" }, "pten": "loss" }""")]
    [InlineData("""{ "her2": { "ihc": "3+" }, "pten": "loss", "fcgr3a158": "F/F", "trastuzumabHistory": "naive" }""")]
    [InlineData("""{ "her2": { "ihc": "3+" }, "p95Her2": "present", "serumHer2Ecd": { "value": 30, "unit": "ng/mL" } }""")]
    [InlineData("""{ "her2": { "ihc": "3+" }, "pik3ca": { "status": "mutated", "variants": ["H1047R"] }, "ranking": "review" }""")]
    public async Task WithAResistanceFindingListed_NothingSaysNoResistanceFinding(string body)
    {
        var (answer, md) = await AnswerAndReportAsync(body);

        Assert.Contains("\"effect\":\"resistance\"", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("no resistance finding", answer, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("no resistance finding", md, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("show no finding", md, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("nothing to find", md, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("""{ "her2": { "ihc": "3+" }, "fcgr3a158": "F/F", "fcgr2a131": "R/R" }""", "fcgr-low-affinity", "reduced-benefit", "reduced benefit; not a resistance finding")]
    [InlineData("""{ "her2": { "ihc": "3+" }, "pik3ca": { "status": "mutated", "variants": ["I391M"] } }""", "pik3ca-variant-uncertain", "uncertain", "uncertain significance; not a resistance finding")]
    [InlineData("""{ "her2": { "ihc": "3+" }, "pik3ca": { "status": "mutated", "variants": ["K111N"], "classification": "uncertain" } }""", "pik3ca-variant-uncertain", "uncertain", "uncertain significance; not a resistance finding")]
    [InlineData("""{ "her2": { "ihc": "3+" }, "serumHer2Ecd": { "value": 30, "unit": "ng/mL" } }""", "serum-her2-ecd-elevated", "uncertain", "uncertain significance; not a resistance finding")]
    public async Task ReducedBenefitOrUncertainFinding_IsListedAsSuchAndNeverAsResistance(string body, string finding, string effect, string reportWords)
    {
        var (answer, md) = await AnswerAndReportAsync(body);
        using var document = JsonDocument.Parse(answer);

        var listed = Assert.Single(document.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal(finding, listed.GetProperty("id").GetString());
        Assert.Equal(effect, listed.GetProperty("effect").GetString());
        // The note names the finding for what it is, and no option is matched to it as if it were resistance.
        Assert.Contains(document.RootElement.GetProperty("notes").EnumerateArray(), n => n.GetProperty("text").GetString()!
            .StartsWith("No resistance finding: the findings listed are of reduced benefit or uncertain significance, not resistance.", StringComparison.Ordinal));
        var label = Rules.Vocabulary.ClinicalLabels.Finding(finding);
        Assert.Contains($"- **{label}** ({reportWords})", md, StringComparison.Ordinal);
        Assert.DoesNotContain($"**{label}** (resistance", md, StringComparison.Ordinal);
        Assert.DoesNotContain("resistance finding:", md.Replace("No resistance finding:", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("""{ "her2": { "ihc": "3+" } }""", "No resistance marker was given, so there was nothing to find.")]
    [InlineData("""{ "her2": { "ihc": "3+" }, "pten": "intact", "p95Her2": "absent" }""", "The markers given show no finding.")]
    public async Task NoFinding_TheReportSaysWhatWasLookedAt(string body, string words)
    {
        var (answer, md) = await AnswerAndReportAsync(body);

        Assert.Contains(words, md, StringComparison.Ordinal);
        Assert.Contains("\"findings\":[]", answer, StringComparison.Ordinal);
    }

    private async Task<(string Answer, string Report)> AnswerAndReportAsync(string body)
    {
        using var response = await _client.PostJsonAsync(body);
        var answer = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, answer);
        using var document = JsonDocument.Parse(answer);
        var id = document.RootElement.GetProperty("evaluationId").GetGuid();
        var md = await _client.GetStringAsync($"/api/v1/evaluations/{id}/report?format=md", Ct);
        return (answer, md);
    }
}
