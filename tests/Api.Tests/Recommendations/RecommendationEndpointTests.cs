namespace CdsService.Api.Tests.Recommendations;

using System.Net;
using System.Text.Json;

public sealed class RecommendationEndpointTests(CdsApiFactory factory) : IClassFixture<CdsApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Post_Ihc3PlusWithPtenLoss_IsPositiveWith22OptionsTdm1FirstUnderTheDefaultLens()
    {
        var answer = await EvaluateAsync("""{ "patientId": "p-1", "her2": { "ihc": "3+" }, "pten": "loss" }""");

        Assert.Equal("positive", answer.GetProperty("her2").GetProperty("status").GetString());
        Assert.Equal("yes", answer.GetProperty("trastuzumab").GetProperty("indicated").GetString());
        Assert.Equal(["pten-loss"], answer.GetProperty("findings").Strings("id"));
        Assert.Equal("current", answer.GetProperty("ranking").GetProperty("lens").GetString());
        var options = answer.GetProperty("options");
        Assert.Equal(22, options.GetArrayLength());
        // Lens "current": tier before relevance. Tier 1 (approved for HER2-positive breast cancer) is pertuzumab,
        // lapatinib and T-DM1. T-DM1's mechanism set covers PTEN loss's PI3K hyperactivation, but the EMILIA biomarker
        // analysis found its benefit whatever the PI3K-pathway status, so this lens sets the match aside: all three are
        // "general", ordered by level (A, A, B). RAD001, tied to PTEN loss by the review, is tier 2 (off-label here).
        Assert.Equal(["pertuzumab", "lapatinib", "trastuzumab-dm1", "rad001"], options.EnumerateArray().Take(4).Select(o => o.GetProperty("agentId").GetString()));
        Assert.Equal(1, options[0].GetProperty("rank").GetInt32());
        Assert.Equal("general", options[0].GetProperty("relevance").GetString());
        Assert.Equal("A", options[0].GetProperty("evidenceLevel").GetString());
        Assert.Equal(1, options[0].GetProperty("availability").GetProperty("tier").GetInt32());
        Assert.Equal("approved-her2-breast", options[0].GetProperty("availability").GetProperty("status").GetString());
        Assert.Equal("general", options[2].GetProperty("relevance").GetString());
        Assert.Equal("relevance: general (not matched in this lens: PTEN loss is not a basis for choosing this agent (EMILIA biomarker analysis, 2016))",
            options[2].GetProperty("rankReasons")[2].GetString());
        // Lens 'current' sets PTEN loss aside for RAD001: the BOLERO biomarker analysis does not support it (policy 2.1.0).
        Assert.Equal("general", options[3].GetProperty("relevance").GetString());
        Assert.Contains("not matched in this lens: PTEN loss is not a basis for choosing this agent (BOLERO-1/-3 biomarker analysis, 2016)",
            options[3].GetProperty("rankReasons")[2].GetString(), StringComparison.Ordinal);
        Assert.Equal(2, options[3].GetProperty("availability").GetProperty("tier").GetInt32());
    }

    [Fact]
    public async Task Post_PtenLossWithTheReviewLens_Rad001First()
    {
        var answer = await EvaluateAsync("""{ "her2": { "ihc": "3+" }, "pten": "loss", "ranking": "review" }""");

        Assert.Equal("review", answer.GetProperty("ranking").GetProperty("lens").GetString());
        // Lens "review" has no availability key: relevance first, so the agents the review ties to PTEN ("specific") lead,
        // by level: RAD001 and tanespimycin are B; RAD001 (phase II, with trastuzumab) precedes tanespimycin (phase II,
        // with trastuzumab) by Table 1 order.
        var options = answer.GetProperty("options");
        Assert.Equal("rad001", options[0].GetProperty("agentId").GetString());
        Assert.Equal("specific", options[0].GetProperty("relevance").GetString());
        Assert.Equal(2, options[0].GetProperty("availability").GetProperty("tier").GetInt32());
    }

    [Fact]
    public async Task Post_Ihc2PlusWithoutIsh_IsEquivocalWithReflexIshAndNoOptions()
    {
        var answer = await EvaluateAsync("""{ "her2": { "ihc": "2+" } }""");

        var her2 = answer.GetProperty("her2");
        Assert.Equal("equivocal", her2.GetProperty("status").GetString());
        Assert.Equal(["reflex-ish"], her2.GetProperty("requiredActions").Strings("code"));
        Assert.Equal("undetermined", answer.GetProperty("trastuzumab").GetProperty("indicated").GetString());
        Assert.Equal(0, answer.GetProperty("options").GetArrayLength());
        Assert.Empty(answer.GetProperty("findings").Strings("id"));
        Assert.Contains("options-withheld", answer.GetProperty("warnings").Strings("code"));
    }

    [Fact]
    public async Task Post_DualProbeGroup4WithIhc2Plus_IsPendingBlindedRecount()
    {
        var answer = await EvaluateAsync(
            """{ "her2": { "ihc": "2+", "ish": { "assay": "dual-probe", "her2Cep17Ratio": 1.8, "meanHer2CopiesPerCell": 4.6 } } }""");

        var her2 = answer.GetProperty("her2");
        Assert.Equal("pending", her2.GetProperty("status").GetString());
        Assert.Equal(4, her2.GetProperty("ishGroup").GetInt32());
        Assert.Equal(["blinded-recount"], her2.GetProperty("requiredActions").Strings("code"));
        Assert.Equal(0, answer.GetProperty("options").GetArrayLength());
        Assert.Empty(answer.GetProperty("findings").Strings("id"));
    }

    [Fact]
    public async Task Post_Ihc1Plus_IsNegativeHer2LowWithNoOptions()
    {
        var answer = await EvaluateAsync("""{ "her2": { "ihc": "1+" } }""");

        var her2 = answer.GetProperty("her2");
        Assert.Equal("negative", her2.GetProperty("status").GetString());
        Assert.True(her2.GetProperty("her2Low").GetBoolean());
        Assert.Equal(JsonValueKind.Null, her2.GetProperty("ishGroup").ValueKind);
        Assert.Equal("no", answer.GetProperty("trastuzumab").GetProperty("indicated").GetString());
        Assert.Equal(0, answer.GetProperty("options").GetArrayLength());
        Assert.Empty(answer.GetProperty("findings").Strings("id"));
    }

    [Theory]
    [InlineData("3")]
    [InlineData("+3")]
    [InlineData("3 +")]
    [InlineData("LA11843-2")]
    public async Task Post_IhcAlternativeNotation_IsReadAs3Plus(string ihc)
    {
        var answer = await EvaluateAsync($$"""{ "her2": { "ihc": "{{ihc}}" } }""");

        Assert.Equal("positive", answer.GetProperty("her2").GetProperty("status").GetString());
        Assert.Equal(22, answer.GetProperty("options").GetArrayLength());
    }

    [Fact]
    public async Task Post_AnyPanel_AnswersExactlyTheContractTopLevelProperties()
    {
        var answer = await EvaluateAsync("""{ "her2": { "ihc": "3+" }, "pten": "loss" }""");

        Assert.Equal(
            ["evaluationId", "evaluatedAt", "knowledgeBase", "her2", "trastuzumab", "findings", "options", "ranking", "alsoDiscussed", "warnings", "notes", "basis", "disclaimer"],
            answer.PropertyNames());
        Assert.Equal(["version", "hash", "source"], answer.GetProperty("knowledgeBase").PropertyNames());
        Assert.Equal(["citation", "doi", "verified"], answer.GetProperty("knowledgeBase").GetProperty("source").PropertyNames());
        Assert.Equal(
            ["status", "ishGroup", "her2Low", "her2Ultralow", "basis", "guideline", "requiredActions", "warnings", "citations"],
            answer.GetProperty("her2").PropertyNames());
        Assert.Equal(["indicated", "basis", "citations"], answer.GetProperty("trastuzumab").PropertyNames());
        Assert.Equal(["id", "mechanisms", "effect", "summary", "inputs", "citations", "currency"], answer.GetProperty("findings")[0].PropertyNames());
        Assert.Equal(["inputsUsed", "rules", "engineVersion", "rankingPolicy"], answer.GetProperty("basis").PropertyNames());
        Assert.Equal(["id", "outcome", "inputs", "detail"], answer.GetProperty("basis").GetProperty("rules")[0].PropertyNames());
        Assert.Equal(["lens", "policyVersion", "text"], answer.GetProperty("ranking").PropertyNames());
        Assert.Equal(["id", "name", "text", "citations", "availability", "currency"], answer.GetProperty("alsoDiscussed")[0].PropertyNames());
    }

    [Fact]
    public async Task Post_AnyPositivePanel_OptionsHaveExactlyTheContractProperties()
    {
        var answer = await EvaluateAsync("""{ "her2": { "ihc": "3+" }, "pten": "loss" }""");

        Assert.Equal(
            [
                "rank", "agentId", "agent", "target", "mechanismTargeted", "phase", "combinationWithTrastuzumab", "source",
                "evidenceLevel", "direction", "relevance", "matchedMechanisms", "matchedFindings", "rationale", "rankReasons",
                "citations", "availability", "currency", "dataQualityNotes",
            ],
            answer.GetProperty("options")[0].PropertyNames());
        Assert.Equal(
            ["status", "tier", "label", "indication", "note", "asOf", "verified", "sources"],
            answer.GetProperty("options")[0].GetProperty("availability").PropertyNames());
        Assert.Equal(["id", "asOf", "asOfKind", "note", "clinicianNote", "verified", "sources"], answer.GetProperty("options")[0].GetProperty("currency")[0].PropertyNames());
    }

    [Fact]
    public async Task Post_AnyPanel_IdIsUuidV7AndTimeIsUtcRfc3339()
    {
        var answer = await EvaluateAsync("""{ "pten": "loss" }""");

        Assert.Equal(7, answer.GetProperty("evaluationId").GetGuid().Version);
        var evaluatedAt = answer.GetProperty("evaluatedAt").GetString()!;
        Assert.EndsWith("Z", evaluatedAt, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.Zero, DateTimeOffset.Parse(evaluatedAt, System.Globalization.CultureInfo.InvariantCulture).Offset);
    }

    [Fact]
    public async Task Post_ReviewReferenceCitation_OmitsNullMembers()
    {
        var answer = await EvaluateAsync("""{ "her2": { "ihc": "3+" }, "pten": "loss" }""");

        var citations = answer.GetProperty("findings")[0].GetProperty("citations").EnumerateArray().ToList();
        var reference = citations.First(c => c.TryGetProperty("ref", out _));
        Assert.DoesNotContain("url", reference.PropertyNames());
        Assert.DoesNotContain("source", reference.PropertyNames());
        Assert.All(citations, c => Assert.All(c.EnumerateObject(), p => Assert.NotEqual(JsonValueKind.Null, p.Value.ValueKind)));
    }

    [Fact]
    public async Task Post_UnknownProperties_AreRefusedNotIgnored()
    {
        using var response = await _client.PostJsonAsync("""{ "pten": "loss", "comment": { "deep": [1, 2] }, "her2": { "ihc": "3+", "lab": "x" } }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["comment"], (await response.ReadJsonAsync()).GetProperty("errors").PropertyNames());
    }

    private async Task<JsonElement> EvaluateAsync(string json)
    {
        using var response = await _client.PostJsonAsync(json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await response.ReadJsonAsync();
    }
}
