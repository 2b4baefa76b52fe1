namespace CdsService.Rules.Tests.Scenarios;

using CdsService.Rules.Engine;
using CdsService.Rules.Model;

/// <summary>Cell-cycle escape ("Escape from cell-cycle arrest" [45], [74]-[76]) and immune evasion ([40], [77]).</summary>
public sealed class CellCycleAndImmuneScenarioTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    /// <summary>
    /// Cyclin E amplified (cell-cycle-escape [45]). Specific: the HSP90 inhibitors only, as cyclin E is unstable under
    /// HSP90 inhibition [112] (tanespimycin B; nvp-auy922 C I-II; alvespimycin C I). Only "All" covers cell-cycle
    /// escape, so T-DM1, E1A and GRN163L are mechanism matches; all other rows keep the baseline order.
    /// </summary>
    [Fact]
    public void Evaluate_CyclinEAmplified_Hsp90InhibitorsFirst() =>
        Assert.Equal(
            [
                "tanespimycin", "nvp-auy922", "alvespimycin",
                "trastuzumab-dm1", "e1a", "grn163l",
                "pertuzumab", "lapatinib", "rad001", "aromasin", "cetuximab", "rapamune", "mdx-h210", "2b1", "autovac", "xl147",
                "erbb2-vaccine", "mk2206", "ap23573", "nvp-aew541",
                "bevacizumab", "perifosine",
            ],
            EngineFixture.AgentOrder(fixture.Evaluate(PanelBuilder.Her2Positive().CyclinE(CyclinEStatus.Amplified))));

    /// <summary>
    /// FCGR3A F/F (immune-evasion, reduced benefit [40]). Specific: the bispecifics MDX-H210 and 2B1, which engage Fc
    /// receptors directly ("boosting the immune component"). Mechanism: the "Immune" rows (rapamune with trastuzumab,
    /// then autovac; erbb2-vaccine I-II) and every "All" row (tanespimycin and T-DM1 at B lead the group). A
    /// reduced-benefit finding counts for relevance like a resistance finding.
    /// </summary>
    [Fact]
    public void Evaluate_Fcgr3aFF_BispecificsFirstAndReducedBenefit()
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Her2Positive().Fcgr3a(Fcgr3a158Genotype.FF));

        Assert.Equal(
            [
                "mdx-h210", "2b1",
                "tanespimycin", "trastuzumab-dm1", "rapamune", "autovac", "nvp-auy922", "erbb2-vaccine", "e1a", "alvespimycin",
                "grn163l",
                "pertuzumab", "lapatinib", "rad001", "aromasin", "cetuximab", "xl147", "mk2206", "ap23573", "nvp-aew541",
                "bevacizumab", "perifosine",
            ],
            EngineFixture.AgentOrder(evaluation));
        Assert.Equal(FindingEffect.ReducedBenefit, evaluation.Findings.Single().Effect);
        Assert.Equal(["immune-evasion"], evaluation.Options[0].MatchedMechanisms);
        Assert.DoesNotContain(evaluation.Notes, n => n.Code == "fcgr-favourable");
    }

    /// <summary>FCGR3A V/V with FCGR2A H/H: the favourable genotype of [40] is a note, not a finding; the order is the baseline.</summary>
    [Fact]
    public void Evaluate_FavourableFcgrGenotype_NoteOnlyAndBaselineOrder()
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Her2Positive().Fcgr3a(Fcgr3a158Genotype.VV).Fcgr2a(Fcgr2a131Genotype.HH));

        Assert.Empty(evaluation.Findings);
        Assert.Equal(["fcgr-favourable", "no-resistance-finding"], evaluation.Notes.Select(n => n.Code));
        Assert.Equal(Ranking.Table1BaselineOrderTests.BaselineOrder, EngineFixture.AgentOrder(evaluation));
    }
}
