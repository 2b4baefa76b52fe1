namespace CdsService.Rules.Tests.Scenarios;

using CdsService.Rules.Model;

/// <summary>
/// Alternative receptors and loss of the epitope ("Hyperactivation of PI3K-Akt pathway" [46]-[49]; "Blocking
/// alternative growth factor receptor signaling" [91]-[101]; steric hindrance [15], [43], [44]).
/// </summary>
public sealed class ReceptorScenarioTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    /// <summary>
    /// p95HER2 present (epitope-loss, alternative-rtk-signaling [12], [14], [15]). Specific: lapatinib (kinase
    /// inhibitors block signalling of alternative receptors, p95ErbB2 among them [95]-[98], level A) and the HSP90
    /// inhibitors (p95ErbB2 is an HSP90 client [106]-[108]; xenografts driven by ErbB2 + p95ErbB2 [117], [118]).
    /// Mechanism: "Alternative GFR signaling" rows (pertuzumab A, cetuximab C, NVP-AEW541 D) and the other "All" rows
    /// (T-DM1 B, E1A, GRN163L). The PI3K/Akt/mTOR rows are general: p95 is not a pi3k-hyperactivation finding here.
    /// </summary>
    [Fact]
    public void Evaluate_P95Her2Present_LapatinibAndHsp90InhibitorsFirst() =>
        Assert.Equal(
            [
                "lapatinib", "tanespimycin", "nvp-auy922", "alvespimycin",
                "pertuzumab", "trastuzumab-dm1", "cetuximab", "e1a", "grn163l", "nvp-aew541",
                "rad001", "aromasin", "rapamune", "mdx-h210", "2b1", "autovac", "xl147", "erbb2-vaccine", "mk2206", "ap23573",
                "bevacizumab", "perifosine",
            ],
            EngineFixture.AgentOrder(fixture.Evaluate(PanelBuilder.Her2Positive().P95Her2(P95Her2Status.Present))));

    /// <summary>
    /// EGFR and ErbB3 overexpressed (alternative-rtk-signaling and pi3k-hyperactivation). Specific: pertuzumab (blocks
    /// ErbB2 heterodimerisation, especially with ErbB3 [91]; phase III with trastuzumab [94]), lapatinib and cetuximab
    /// (EGFR). Because the receptors converge on PI3K, every "Downstream signaling" row joins the "All" rows in the
    /// mechanism group, and perifosine (X, mechanism) sits before bevacizumab (X, general).
    /// </summary>
    [Fact]
    public void Evaluate_EgfrAndErbb3Overexpressed_AntiErbBAgentsFirst()
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Her2Positive().Egfr(ExpressionLevel.Overexpressed).Erbb3(ExpressionLevel.Overexpressed));

        Assert.Equal(
            [
                "pertuzumab", "lapatinib", "cetuximab",
                "rad001", "tanespimycin", "trastuzumab-dm1", "aromasin", "xl147", "nvp-auy922", "e1a", "mk2206", "ap23573",
                "alvespimycin", "grn163l", "nvp-aew541",
                "rapamune", "mdx-h210", "2b1", "autovac", "erbb2-vaccine",
                "perifosine", "bevacizumab",
            ],
            EngineFixture.AgentOrder(evaluation));
        Assert.Equal("relevance: specific (egfr-overexpression, erbb3-overexpression)", evaluation.Options[0].RankReasons[1]);
        Assert.Equal("relevance: specific (egfr-overexpression)", evaluation.Options[2].RankReasons[1]);
    }

    /// <summary>
    /// IGF-1R overexpressed. The only row tied to IGF-1R is NVP-AEW541, and specific relevance outranks level: a
    /// preclinical level-D agent comes first. Every other supporting row except the immune ones is a mechanism match.
    /// </summary>
    [Fact]
    public void Evaluate_Igf1rOverexpressed_PreclinicalSpecificAgentFirst() =>
        Assert.Equal(
            [
                "nvp-aew541",
                "pertuzumab", "lapatinib", "rad001", "tanespimycin", "trastuzumab-dm1", "aromasin", "cetuximab", "xl147",
                "nvp-auy922", "e1a", "mk2206", "ap23573", "alvespimycin", "grn163l",
                "rapamune", "mdx-h210", "2b1", "autovac", "erbb2-vaccine",
                "perifosine", "bevacizumab",
            ],
            EngineFixture.AgentOrder(fixture.Evaluate(PanelBuilder.Her2Positive().Igf1r(ExpressionLevel.Overexpressed))));

    /// <summary>
    /// Muc4 overexpressed (epitope-loss by steric hindrance [15], [43], [44]). No row is tied to Muc4 and only the "All"
    /// class covers epitope loss, so the HSP90 inhibitors, T-DM1 (ErbB2 as an address for a payload [122]-[125]), E1A
    /// and GRN163L lead as mechanism matches; everything else keeps its baseline order.
    /// </summary>
    [Fact]
    public void Evaluate_Muc4Overexpressed_AllClassRowsFirst() =>
        Assert.Equal(
            [
                "tanespimycin", "trastuzumab-dm1", "nvp-auy922", "e1a", "alvespimycin", "grn163l",
                "pertuzumab", "lapatinib", "rad001", "aromasin", "cetuximab", "rapamune", "mdx-h210", "2b1", "autovac", "xl147",
                "erbb2-vaccine", "mk2206", "ap23573", "nvp-aew541",
                "bevacizumab", "perifosine",
            ],
            EngineFixture.AgentOrder(fixture.Evaluate(PanelBuilder.Her2Positive().Muc4(ExpressionLevel.Overexpressed))));
}
