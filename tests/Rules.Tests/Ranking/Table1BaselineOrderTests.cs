namespace CdsService.Rules.Tests.Ranking;

using CdsService.Rules.Engine;

/// <summary>
/// The full order of the 22 Table 1 rows for a HER2-positive patient with no finding, derived by hand from the policy
/// (evidence-levels.md). Every row is "general", so only level, phase, combination and Table 1 order count:
/// <code>
/// supports, level A, phase II, Yes:  pertuzumab (row 1), lapatinib (row 3)
/// supports, level B, phase II, Yes:  rad001 (8), tanespimycin (13); then no combination: trastuzumab-dm1 (14)
/// supports, level C, phase III:      aromasin (10)
///                    phase II, Yes:  cetuximab (2), rapamune (20); no: mdx-h210 (16), 2b1 (17), autovac (19)
///                    phase I-II, Yes: xl147 (5, "Yes, Paclitaxel"), nvp-auy922 (11); no: erbb2-vaccine (18), e1a (21)
///                    phase I, Yes:   mk2206 (7, "Yes, Lapatinib"), ap23573 (9), alvespimycin (12), grn163l (22)
/// supports, level D, Preclinical:    nvp-aew541 (4)
/// against (level X), phase II:       bevacizumab (15, "Yes, Paclitaxel and Carboplatin"), then perifosine (6, no combination)
/// </code>
/// </summary>
public sealed class Table1BaselineOrderTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    public static readonly string[] BaselineOrder =
    [
        "pertuzumab", "lapatinib", "rad001", "tanespimycin", "trastuzumab-dm1", "aromasin", "cetuximab", "rapamune",
        "mdx-h210", "2b1", "autovac", "xl147", "nvp-auy922", "erbb2-vaccine", "e1a", "mk2206", "ap23573", "alvespimycin",
        "grn163l", "nvp-aew541", "bevacizumab", "perifosine",
    ];

    [Fact]
    public void Rank_Her2PositiveWithoutFindings_FollowsThePolicyByLevelPhaseCombinationAndRow() =>
        Assert.Equal(BaselineOrder, EngineFixture.AgentOrder(fixture.Evaluate(PanelBuilder.Her2Positive())));

    [Fact]
    public void Rank_Her2PositiveWithoutFindings_EveryRowIsGeneral() =>
        Assert.All(fixture.Evaluate(PanelBuilder.Her2Positive()).Options, o => Assert.Equal(OptionRelevance.General, o.Relevance));

    [Fact]
    public void Rank_Her2PositiveWithoutFindings_OnlyLevelXIsAgainst() =>
        Assert.Equal(
            ["bevacizumab", "perifosine"],
            fixture.Evaluate(PanelBuilder.Her2Positive()).Options.Where(o => o.Direction == OptionDirection.Against).Select(o => o.AgentId));

    [Fact]
    public void Rank_Rad001_ReasonsNameEveryPolicyKey() =>
        Assert.Equal(
            ["direction: supports", "relevance: general", "level: B", "phase: II", "combination with trastuzumab: yes", "Table 1 row 8"],
            fixture.Evaluate(PanelBuilder.Her2Positive()).Options.Single(o => o.AgentId == "rad001").RankReasons);

    [Fact]
    public void Rank_Xl147_RationaleCarriesItsRtkUpregulationCaveat() =>
        Assert.Contains(
            "PI3K inhibition leads to upregulation of multiple receptor tyrosine kinases (Chakrabarty et al. [103])",
            fixture.Evaluate(PanelBuilder.Her2Positive()).Options.Single(o => o.AgentId == "xl147").Rationale,
            StringComparison.Ordinal);

    [Fact]
    public void Rank_EveryOption_CarriesItsAgentsCitationsAndFirstCurrencyNote()
    {
        var kb = fixture.Engine.KnowledgeBase;

        foreach (var option in fixture.Evaluate(PanelBuilder.Her2Positive()).Options)
        {
            Assert.Same(kb.AgentsById[option.AgentId].Citations, option.Citations);
            Assert.Equal(kb.CurrencyFor(option.AgentId) is [var first, ..] ? first.ToNote() : null, option.Currency);
        }
    }
}
