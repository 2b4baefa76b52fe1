namespace CdsService.Rules.Tests.Scenarios;

using CdsService.Rules.Engine;
using CdsService.Rules.Model;

/// <summary>
/// Patients whose findings hyperactivate PI3K-Akt ("Hyperactivation of PI3K-Akt pathway" [16], [18], [60]; "Inhibition
/// of downstream PI3K-Akt-mTOR signaling" [102]-[105]). Relevance decides first; within each relevance group the
/// order is level, phase, combination with trastuzumab, Table 1 row (evidence-levels.md).
/// </summary>
public sealed class PiThreeKinaseScenarioTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    /// <summary>
    /// PTEN loss (pi3k-hyperactivation). Specific, as the review ties them to PTEN loss: RAD001 (improves trastuzumab
    /// response in PTEN-loss models [105], level B), the HSP90 inhibitors (Akt is an HSP90 client [109], [110]) with
    /// tanespimycin at level B [119], and the PI3K/Akt/mTOR inhibitors XL147, MK2206, AP23573 (level C) [102]; order
    /// B before C, then phase I-II (xl147, nvp-auy922) before I (mk2206, ap23573, alvespimycin). Mechanism: the other
    /// "Downstream signaling" and "All" rows (T-DM1 B; aromasin C III; E1A C I-II; GRN163L C I). General: the rest by
    /// level. Against: perifosine [104] (mechanism) before bevacizumab [127] (general).
    /// </summary>
    public static readonly string[] PtenLossOrder =
    [
        "rad001", "tanespimycin", "xl147", "nvp-auy922", "mk2206", "ap23573", "alvespimycin",
        "trastuzumab-dm1", "aromasin", "e1a", "grn163l",
        "pertuzumab", "lapatinib", "cetuximab", "rapamune", "mdx-h210", "2b1", "autovac", "erbb2-vaccine", "nvp-aew541",
        "perifosine", "bevacizumab",
    ];

    [Fact]
    public void Evaluate_Her2PositivePtenLoss_PtenSpecificAgentsFirst()
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Her2Positive().Pten(PtenStatus.Loss));

        Assert.Equal(PtenLossOrder, EngineFixture.AgentOrder(evaluation));
        Assert.Equal(["pten-loss"], evaluation.Findings.Select(f => f.Id));
        Assert.Equal("relevance: specific (pten-loss)", evaluation.Options[0].RankReasons[1]);
    }

    /// <summary>
    /// PIK3CA H1047R (pi3k-hyperactivation; a hotspot the review names). Specific: the rows the review ties to mutant
    /// PIK3CA, i.e. the PI3K and Akt inhibitors XL147 and MK2206 [102] and the HSP90 inhibitors; not RAD001 or AP23573,
    /// whose text is about PTEN loss [105]. So tanespimycin (B) leads, RAD001 drops to the mechanism group, where B
    /// (rad001 with trastuzumab, then T-DM1 without) precedes C by phase (aromasin III, e1a I-II, ap23573 and grn163l I).
    /// </summary>
    [Fact]
    public void Evaluate_Her2PositivePik3caH1047R_Pik3caSpecificAgentsFirst()
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Her2Positive().Pik3ca(Pik3caStatus.Mutated, "NM_006218.4:p.His1047Arg"));

        Assert.Equal(
            [
                "tanespimycin", "xl147", "nvp-auy922", "mk2206", "alvespimycin",
                "rad001", "trastuzumab-dm1", "aromasin", "e1a", "ap23573", "grn163l",
                "pertuzumab", "lapatinib", "cetuximab", "rapamune", "mdx-h210", "2b1", "autovac", "erbb2-vaccine", "nvp-aew541",
                "perifosine", "bevacizumab",
            ],
            EngineFixture.AgentOrder(evaluation));
        Assert.Contains("H1047R (a hotspot named by the review)", evaluation.Findings.Single().Summary, StringComparison.Ordinal);
    }

    /// <summary>
    /// PTEN loss with a PIK3CA mutation: the review says the two are mutually exclusive [61], so a warning asks for
    /// verification, but both findings stay. Every PIK3CA-specific row is also PTEN-specific, so the order is the PTEN
    /// loss order.
    /// </summary>
    [Fact]
    public void Evaluate_PtenLossWithPik3caMutation_KeepsBothFindingsAndWarns()
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Her2Positive().Pten(PtenStatus.Loss).Pik3ca(Pik3caStatus.Mutated, "E545K"));

        Assert.Equal(PtenLossOrder, EngineFixture.AgentOrder(evaluation));
        Assert.Equal(["pten-loss", "pik3ca-mutation"], evaluation.Findings.Select(f => f.Id));
        Assert.Equal(["pten-pik3ca-co-occurrence", "preclinical-evidence", "review-currency"], evaluation.Warnings.Select(w => w.Code));
        Assert.Equal(["pten-loss", "pik3ca-mutation"], evaluation.Options.Single(o => o.AgentId == "xl147").MatchedFindings);
    }

    /// <summary>
    /// Progressed on trastuzumab with Src activated (pi3k-hyperactivation, reduced-receptor-downregulation [16], [66]).
    /// No Table 1 row is tied to Src, so nothing is specific: every "Downstream signaling" and "All" row is a mechanism
    /// match, ordered B (rad001, tanespimycin with trastuzumab; T-DM1 without), then C by phase. The acquired-resistance
    /// note is context only: the order is what it would be without the history.
    /// </summary>
    [Fact]
    public void Evaluate_ProgressedWithSrcActivated_MechanismMatchesFirstAndAcquiredResistanceNote()
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Her2Positive().Src(SrcActivity.Activated).History(TrastuzumabHistory.Progressed));

        Assert.Equal(
            [
                "rad001", "tanespimycin", "trastuzumab-dm1", "aromasin", "xl147", "nvp-auy922", "e1a", "mk2206", "ap23573",
                "alvespimycin", "grn163l",
                "pertuzumab", "lapatinib", "cetuximab", "rapamune", "mdx-h210", "2b1", "autovac", "erbb2-vaccine", "nvp-aew541",
                "perifosine", "bevacizumab",
            ],
            EngineFixture.AgentOrder(evaluation));
        Assert.Equal(["resistance-acquired"], evaluation.Notes.Select(n => n.Code));
        Assert.Equal(
            EngineFixture.AgentOrder(evaluation),
            EngineFixture.AgentOrder(fixture.Evaluate(PanelBuilder.Her2Positive().Src(SrcActivity.Activated))));
        Assert.All(evaluation.Options.Take(11), o => Assert.Equal(OptionRelevance.Mechanism, o.Relevance));
    }
}
