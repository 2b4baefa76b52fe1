namespace CdsService.Rules.Tests.Ranking;

using CdsService.Rules.Engine;
using CdsService.Rules.Model;

/// <summary>
/// The full order of the 22 Table 1 rows for a HER2-positive patient with no finding, derived by hand from ranking
/// policy 2.0. Every row is "general", so only direction, tier (current lens), level, phase, combination and Table 1
/// order count.
/// </summary>
public sealed class Table1BaselineOrderTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    /// <summary>
    /// Lens "current": direction, then availability tier, then level, phase, combination, row.
    /// <code>
    /// tier 1 (approved HER2+ breast): pertuzumab (A, II, Yes, row 1), lapatinib (A, II, Yes, 3), trastuzumab-dm1 (B, II, no)
    /// tier 2 (approved for other uses): rad001 (B); then C: aromasin (III), cetuximab (II, row 2), rapamune (II, 20), grn163l (I)
    /// tier 3 (not available): tanespimycin (B); C phase II without combination: mdx-h210 (16), 2b1 (17), autovac (19);
    ///        C I-II: xl147 (Yes, 5), nvp-auy922 (Yes, 11), erbb2-vaccine (no, 18), e1a (no, 21);
    ///        C I: mk2206 (7), ap23573 (9), alvespimycin (12); D: nvp-aew541
    /// against (level X): bevacizumab (tier 2) before perifosine (tier 3)
    /// </code>
    /// </summary>
    public static readonly string[] CurrentOrder =
    [
        "pertuzumab", "lapatinib", "trastuzumab-dm1", "rad001", "aromasin", "cetuximab", "rapamune", "grn163l",
        "tanespimycin", "mdx-h210", "2b1", "autovac", "xl147", "nvp-auy922", "erbb2-vaccine", "e1a", "mk2206", "ap23573",
        "alvespimycin", "nvp-aew541", "bevacizumab", "perifosine",
    ];

    /// <summary>
    /// Lens "review": the same keys without the tier.
    /// <code>
    /// supports, level A, phase II, Yes:  pertuzumab (row 1), lapatinib (row 3)
    /// supports, level B, phase II, Yes:  rad001 (8), tanespimycin (13); then no combination: trastuzumab-dm1 (14)
    /// supports, level C, phase III:      aromasin (10)
    ///                    phase II, Yes:  cetuximab (2), rapamune (20); no: mdx-h210 (16), 2b1 (17), autovac (19)
    ///                    phase I-II, Yes: xl147 (5), nvp-auy922 (11); no: erbb2-vaccine (18), e1a (21)
    ///                    phase I, Yes:   mk2206 (7), ap23573 (9), alvespimycin (12), grn163l (22)
    /// supports, level D, Preclinical:    nvp-aew541 (4)
    /// against (level X), phase II:       bevacizumab (15, with combination), then perifosine (6, without)
    /// </code>
    /// </summary>
    public static readonly string[] ReviewOrder =
    [
        "pertuzumab", "lapatinib", "rad001", "tanespimycin", "trastuzumab-dm1", "aromasin", "cetuximab", "rapamune",
        "mdx-h210", "2b1", "autovac", "xl147", "nvp-auy922", "erbb2-vaccine", "e1a", "mk2206", "ap23573", "alvespimycin",
        "grn163l", "nvp-aew541", "bevacizumab", "perifosine",
    ];

    [Fact]
    public void Rank_CurrentLens_FollowsTierThenLevelPhaseCombinationAndRow() =>
        Assert.Equal(CurrentOrder, EngineFixture.AgentOrder(fixture.Evaluate(PanelBuilder.Her2Positive())));

    [Fact]
    public void Rank_ReviewLens_FollowsLevelPhaseCombinationAndRow() =>
        Assert.Equal(ReviewOrder, EngineFixture.AgentOrder(fixture.Evaluate(PanelBuilder.Her2Positive(), RankingLens.Review)));

    [Fact]
    public void Rank_NoLensGiven_IsTheCurrentLens() =>
        Assert.Equal(RankingLens.Current, fixture.Engine.Evaluate(PanelBuilder.Her2Positive().Build()).Ranking.Lens);

    [Fact]
    public void Rank_Her2PositiveWithoutFindings_EveryRowIsGeneral() =>
        Assert.All(fixture.Evaluate(PanelBuilder.Her2Positive()).Options, o => Assert.Equal(OptionRelevance.General, o.Relevance));

    [Fact]
    public void Rank_Her2PositiveWithoutFindings_OnlyLevelXIsAgainst() =>
        Assert.Equal(
            ["bevacizumab", "perifosine"],
            fixture.Evaluate(PanelBuilder.Her2Positive()).Options.Where(o => o.Direction == OptionDirection.Against).Select(o => o.AgentId));

    [Fact]
    public void Rank_Rad001_ReasonsNameEveryPolicyKeyWithItsTierAndLevelBasis()
    {
        var reasons = fixture.Evaluate(PanelBuilder.Her2Positive()).Options.Single(o => o.AgentId == "rad001").RankReasons;

        Assert.Equal(7, reasons.Count);
        Assert.Equal("direction: supports", reasons[0]);
        Assert.StartsWith("availability: tier 2, approved for another indication, not as a HER2-directed therapy (off-label here unless that indication applies)", reasons[1], StringComparison.Ordinal);
        Assert.Equal("relevance: general", reasons[2]);
        Assert.StartsWith("level: B (basis: ", reasons[3], StringComparison.Ordinal);
        Assert.Contains("[105]", reasons[3], StringComparison.Ordinal);
        Assert.Equal(["phase: II", "combination with trastuzumab: yes", "Table 1 row 8"], reasons.Skip(4));
    }

    [Fact]
    public void Rank_Pertuzumab_LevelBasisSaysItsPhaseIIIWasNotAResistanceTrial() =>
        Assert.Contains(
            "it is not a trial of overcoming trastuzumab resistance",
            fixture.Evaluate(PanelBuilder.Her2Positive()).Options.Single(o => o.AgentId == "pertuzumab").RankReasons[3],
            StringComparison.Ordinal);

    [Fact]
    public void Rank_Xl147_RationaleCarriesItsRtkUpregulationCaveat() =>
        Assert.Contains(
            "PI3K inhibition leads to upregulation of multiple receptor tyrosine kinases (Chakrabarty et al. [103])",
            fixture.Evaluate(PanelBuilder.Her2Positive()).Options.Single(o => o.AgentId == "xl147").Rationale,
            StringComparison.Ordinal);

    [Fact]
    public void Rank_EveryOption_CarriesItsAgentsCitationsAvailabilityAndEveryDatedNote()
    {
        var kb = fixture.Engine.KnowledgeBase;

        foreach (var option in fixture.Evaluate(PanelBuilder.Her2Positive()).Options)
        {
            Assert.Same(kb.AgentsById[option.AgentId].Citations, option.Citations);
            Assert.Same(kb.AgentsById[option.AgentId].Availability, option.Availability);
            Assert.Equal(kb.CurrencyFor(option.AgentId).Select(c => c.Id), option.Currency.Select(c => c.Id));
            Assert.NotEmpty(option.Currency);
        }
    }
}
