namespace CdsService.Rules.Tests.Scenarios;

using CdsService.Rules.Engine;
using CdsService.Rules.Model;

/// <summary>
/// Alternative receptors and loss of the epitope ("Hyperactivation of PI3K-Akt pathway" [46]-[49]; "Blocking
/// alternative growth factor receptor signaling" [91]-[101]; steric hindrance [15], [43], [44]), under both lenses.
/// </summary>
public sealed class ReceptorScenarioTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    /// <summary>
    /// p95HER2 present (epitope-loss, alternative-rtk-signaling [12], [14], [15]). Specific: lapatinib (kinase
    /// inhibitors block signalling of alternative receptors, p95ErbB2 among them, level A) and the HSP90 inhibitors
    /// (p95ErbB2 is an HSP90 client [106]-[108]). Mechanism: cetuximab and NVP-AEW541 (alternative receptors).
    /// Pertuzumab and T-DM1 are NOT matched: p95ErbB2 lacks the extracellular domain an antibody binds [12], so they
    /// are general. Review lens: lapatinib, the HSP90 inhibitors by level and phase, cetuximab, NVP-AEW541, then the
    /// general rows. Current lens: tier 1 lapatinib (specific) before pertuzumab and T-DM1 (general); tier 2 cetuximab
    /// (mechanism) first; tier 3 the HSP90 inhibitors, then NVP-AEW541.
    /// </summary>
    [Fact]
    public void Evaluate_P95Her2Present_BothLenses_AntibodiesNotMatched()
    {
        var panel = PanelBuilder.Her2Positive().P95Her2(P95Her2Status.Present);
        var current = fixture.Evaluate(panel);

        Assert.Equal(
            [
                "lapatinib", "tanespimycin", "nvp-auy922", "alvespimycin",
                "cetuximab", "nvp-aew541",
                "pertuzumab", "rad001", "trastuzumab-dm1", "aromasin", "rapamune", "mdx-h210", "2b1", "autovac", "xl147",
                "erbb2-vaccine", "e1a", "mk2206", "ap23573", "grn163l",
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
            EngineFixture.AgentOrder(current));
        Assert.All(
            current.Options.Where(o => o.AgentId is "pertuzumab" or "trastuzumab-dm1"),
            o => Assert.Equal(
                (OptionRelevance.General, "relevance: general (by the service's reading of the review it cannot address p95HER2 present; "
                    + "later evidence does not support p95HER2 present for choosing therapy (FinHer, 2018))"),
                (o.Relevance, o.RankReasons[2])));
    }

    [Fact]
    public void Evaluate_P95Her2Present_LapatinibSetAsideInCurrentLens_CaveatedInReviewLens()
    {
        var current = fixture.Evaluate(PanelBuilder.Her2Positive().P95Her2(P95Her2Status.Present).History(TrastuzumabHistory.Progressed));

        var lapatinib = current.Options.Single(o => o.AgentId == "lapatinib");
        Assert.Equal(
            (OptionRelevance.General, "relevance: general (not matched in this lens: later evidence does not support p95HER2 present for choosing therapy (FinHer, 2018))"),
            (lapatinib.Relevance, lapatinib.RankReasons[2]));
        var review = fixture.Evaluate(PanelBuilder.Her2Positive().P95Her2(P95Her2Status.Present).History(TrastuzumabHistory.Progressed), RankingLens.Review)
            .Options.Single(o => o.AgentId == "lapatinib");
        Assert.Equal(
            (OptionRelevance.Specific, "relevance: specific (p95HER2 present); matched by the review's 2011 markers and mechanisms; later evidence does not support p95HER2 present for choosing therapy (FinHer, 2018)"),
            (review.Relevance, review.RankReasons[1]));
        // A match on a marker no dated note invalidates carries no caveat.
        var egfr = fixture.Evaluate(PanelBuilder.Her2Positive().Egfr(ExpressionLevel.Overexpressed));
        Assert.DoesNotContain(egfr.Options.SelectMany(o => o.RankReasons), r => r.Contains("does not support", StringComparison.Ordinal));
    }

    /// <summary>
    /// EGFR and ErbB3 overexpressed (alternative-rtk-signaling and pi3k-hyperactivation). Specific: pertuzumab (blocks
    /// ErbB2 heterodimerisation, especially with ErbB3 [91]), lapatinib and cetuximab (EGFR). The receptors converge on
    /// PI3K, so the PI3K/Akt/mTOR rows join the HSP90 inhibitors, T-DM1 and NVP-AEW541 as mechanism matches.
    /// </summary>
    [Fact]
    public void Evaluate_EgfrAndErbb3Overexpressed_BothLenses()
    {
        var panel = PanelBuilder.Her2Positive().Egfr(ExpressionLevel.Overexpressed).Erbb3(ExpressionLevel.Overexpressed);
        var review = fixture.Evaluate(panel, RankingLens.Review);
        var current = fixture.Evaluate(panel);

        Assert.Equal(
            [
                "pertuzumab", "lapatinib", "cetuximab",
                "rad001", "tanespimycin", "trastuzumab-dm1", "xl147", "nvp-auy922", "mk2206", "ap23573", "alvespimycin", "nvp-aew541",
                "aromasin", "rapamune", "mdx-h210", "2b1", "autovac", "erbb2-vaccine", "e1a", "grn163l",
                "perifosine", "bevacizumab",
            ],
            EngineFixture.AgentOrder(review));
        Assert.Equal(
            [
                "pertuzumab", "lapatinib", "trastuzumab-dm1",
                "cetuximab", "rad001", "aromasin", "rapamune", "grn163l",
                "tanespimycin", "xl147", "nvp-auy922", "mk2206", "ap23573", "alvespimycin", "nvp-aew541",
                "mdx-h210", "2b1", "autovac", "erbb2-vaccine", "e1a",
                "bevacizumab", "perifosine",
            ],
            EngineFixture.AgentOrder(current));
        Assert.Equal("relevance: specific (EGFR overexpression, ERBB3 (HER3) overexpression)", current.Options[0].RankReasons[2]);
        Assert.Equal("relevance: specific (EGFR overexpression)", review.Options[2].RankReasons[1]);
    }

    /// <summary>
    /// IGF-1R overexpressed. Review lens: the only row tied to IGF-1R is NVP-AEW541, and specific relevance outranks
    /// level, so a preclinical level-D agent comes first. Current lens: NVP-AEW541 never reached patients (tier 3), so
    /// the approved anti-ErbB agents lead as mechanism matches.
    /// </summary>
    [Fact]
    public void Evaluate_Igf1rOverexpressed_BothLenses()
    {
        var panel = PanelBuilder.Her2Positive().Igf1r(ExpressionLevel.Overexpressed);

        Assert.Equal(
            [
                "nvp-aew541",
                "pertuzumab", "lapatinib", "rad001", "tanespimycin", "trastuzumab-dm1", "cetuximab", "xl147", "nvp-auy922", "mk2206",
                "ap23573", "alvespimycin",
                "aromasin", "rapamune", "mdx-h210", "2b1", "autovac", "erbb2-vaccine", "e1a", "grn163l",
                "perifosine", "bevacizumab",
            ],
            EngineFixture.AgentOrder(fixture.Evaluate(panel, RankingLens.Review)));
        Assert.Equal(
            [
                "pertuzumab", "lapatinib", "trastuzumab-dm1",
                "rad001", "cetuximab", "aromasin", "rapamune", "grn163l",
                "nvp-aew541", "tanespimycin", "xl147", "nvp-auy922", "mk2206", "ap23573", "alvespimycin",
                "mdx-h210", "2b1", "autovac", "erbb2-vaccine", "e1a",
                "bevacizumab", "perifosine",
            ],
            EngineFixture.AgentOrder(fixture.Evaluate(panel)));
    }

    /// <summary>
    /// Muc4 overexpressed (epitope-loss by steric hindrance [15], [43], [44]). No row is tied to Muc4 and only the
    /// HSP90 inhibitors cover epitope loss; T-DM1 needs the masked epitope, so it is not matched.
    /// </summary>
    [Fact]
    public void Evaluate_Muc4Overexpressed_BothLenses()
    {
        var panel = PanelBuilder.Her2Positive().Muc4(ExpressionLevel.Overexpressed);

        Assert.Equal(
            [
                "tanespimycin", "nvp-auy922", "alvespimycin",
                "pertuzumab", "lapatinib", "rad001", "trastuzumab-dm1", "aromasin", "cetuximab", "rapamune", "mdx-h210", "2b1",
                "autovac", "xl147", "erbb2-vaccine", "e1a", "mk2206", "ap23573", "grn163l", "nvp-aew541",
                "bevacizumab", "perifosine",
            ],
            EngineFixture.AgentOrder(fixture.Evaluate(panel, RankingLens.Review)));
        Assert.Equal(
            [
                "pertuzumab", "lapatinib", "trastuzumab-dm1",
                "rad001", "aromasin", "cetuximab", "rapamune", "grn163l",
                "tanespimycin", "nvp-auy922", "alvespimycin",
                "mdx-h210", "2b1", "autovac", "xl147", "erbb2-vaccine", "e1a", "mk2206", "ap23573", "nvp-aew541",
                "bevacizumab", "perifosine",
            ],
            EngineFixture.AgentOrder(fixture.Evaluate(panel)));
    }
}
