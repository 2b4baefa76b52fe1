namespace CdsService.Rules.Tests.Scenarios;

using CdsService.Rules.Engine;
using CdsService.Rules.Model;
using CdsService.Rules.Tests.Ranking;

/// <summary>Cell-cycle escape ("Escape from cell-cycle arrest" [45], [74]-[76]) and immune evasion ([40], [77]), under both lenses.</summary>
public sealed class CellCycleAndImmuneScenarioTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    /// <summary>
    /// Cyclin E amplified (cell-cycle-escape [45]). Specific: the HSP90 inhibitors only, as cyclin E is unstable under
    /// HSP90 inhibition [112]. Mechanism: T-DM1. Everything else keeps the no-finding order of its lens. The current lens
    /// sets the finding aside (no later validation was found), so it keeps the no-finding order.
    /// </summary>
    [Fact]
    public void Evaluate_CyclinEAmplified_BothLenses()
    {
        var panel = PanelBuilder.Her2Positive().CyclinE(CyclinEStatus.Amplified);

        Assert.Equal(
            [
                "tanespimycin", "nvp-auy922", "alvespimycin",
                "trastuzumab-dm1",
                "pertuzumab", "lapatinib", "rad001", "aromasin", "cetuximab", "rapamune", "mdx-h210", "2b1", "autovac", "xl147",
                "erbb2-vaccine", "e1a", "mk2206", "ap23573", "grn163l", "nvp-aew541",
                "bevacizumab", "perifosine",
            ],
            EngineFixture.AgentOrder(fixture.Evaluate(panel, RankingLens.Review)));
        Assert.Equal(
            [
                "pertuzumab", "lapatinib", "trastuzumab-dm1",
                "rad001", "aromasin", "cetuximab", "rapamune", "grn163l",
                "tanespimycin", "mdx-h210", "2b1", "autovac", "xl147", "nvp-auy922", "erbb2-vaccine", "e1a", "mk2206", "ap23573",
                "alvespimycin", "nvp-aew541",
                "bevacizumab", "perifosine",
            ],
            EngineFixture.AgentOrder(fixture.Evaluate(panel)));
    }

    /// <summary>
    /// FCGR3A F/F with FCGR2A R/R: every genotype given is lower-affinity, so fcgr-low-affinity (immune-evasion, reduced
    /// benefit [40]). Specific: the bispecifics MDX-H210 and 2B1, which engage Fc receptors directly. Mechanism: the
    /// vaccines, the HSP90 inhibitors and T-DM1. Rapamune, an immunosuppressant Table 1 files under "Immune", is not
    /// matched. Review lens: specific first, then mechanism by level (tanespimycin and T-DM1 at B). Current lens: later
    /// evidence (BCIRG-006 and others) does not support FcγR genotype for choosing therapy, so the finding is set aside
    /// and the no-finding order stands, each would-be match saying why.
    /// </summary>
    [Fact]
    public void Evaluate_FcgrFFAndRR_BothLenses()
    {
        var panel = PanelBuilder.Her2Positive().Fcgr3a(Fcgr3a158Genotype.FF).Fcgr2a(Fcgr2a131Genotype.RR);
        var review = fixture.Evaluate(panel, RankingLens.Review);

        Assert.Equal(
            [
                "mdx-h210", "2b1",
                "tanespimycin", "trastuzumab-dm1", "autovac", "nvp-auy922", "erbb2-vaccine", "alvespimycin",
                "pertuzumab", "lapatinib", "rad001", "aromasin", "cetuximab", "rapamune", "xl147", "e1a", "mk2206", "ap23573",
                "grn163l", "nvp-aew541",
                "bevacizumab", "perifosine",
            ],
            EngineFixture.AgentOrder(review));
        Assert.Equal(
            [
                "pertuzumab", "lapatinib", "trastuzumab-dm1",
                "rad001", "aromasin", "cetuximab", "rapamune", "grn163l",
                "tanespimycin", "mdx-h210", "2b1", "autovac", "xl147", "nvp-auy922", "erbb2-vaccine", "e1a", "mk2206", "ap23573",
                "alvespimycin", "nvp-aew541",
                "bevacizumab", "perifosine",
            ],
            EngineFixture.AgentOrder(fixture.Evaluate(panel)));
        var finding = Assert.Single(review.Findings);
        Assert.Equal(("fcgr-low-affinity", FindingEffect.ReducedBenefit), (finding.Id, finding.Effect));
        Assert.Equal(["fcgr3a158", "fcgr2a131"], finding.Inputs);
        Assert.Equal(OptionRelevance.General, review.Options.Single(o => o.AgentId == "rapamune").Relevance);
        Assert.Equal(
            "relevance: general (not matched in this lens: later evidence does not support lower-affinity FcγR genotype (FCGR3A/FCGR2A) for choosing therapy (BCIRG-006, 2012))",
            fixture.Evaluate(panel).Options.Single(o => o.AgentId == "trastuzumab-dm1").RankReasons[2]);
    }

    [Fact]
    public void Evaluate_OnlyFcgr3aGiven_FindingInputsListOnlyIt() =>
        Assert.Equal(["fcgr3a158"], fixture.Evaluate(PanelBuilder.Her2Positive().Fcgr3a(Fcgr3a158Genotype.FF)).Findings.Single().Inputs);

    /// <summary>
    /// FCGR3A V/V with FCGR2A R/R: [40] found that "V/V and/or H/H" responded better, so V/V alone is favourable: a note
    /// with the later conflicting studies, no finding, and the no-finding order.
    /// </summary>
    [Fact]
    public void Evaluate_VVWithRR_FavourableNoteOnly()
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Her2Positive().Fcgr3a(Fcgr3a158Genotype.VV).Fcgr2a(Fcgr2a131Genotype.RR));

        Assert.Empty(evaluation.Findings);
        Assert.Equal(["her2-backbone", "fcgr-favourable", "no-resistance-finding"], evaluation.Notes.Select(n => n.Code));
        Assert.NotEmpty(evaluation.Notes.Single(n => n.Code == "fcgr-favourable").Currency);
        Assert.Equal(Table1BaselineOrderTests.CurrentOrder, EngineFixture.AgentOrder(evaluation));
    }
}
