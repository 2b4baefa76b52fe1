namespace CdsService.Rules.Tests.Scenarios;

using CdsService.Rules.Engine;
using CdsService.Rules.Model;

/// <summary>
/// The HER2 gate (evidence-map.md section 1): trastuzumab is selected by FISH/CISH and/or IHC because response follows
/// ErbB2 protein level (Introduction, [98]); Table 1 addresses refractoriness of ErbB2-driven disease, so options are
/// given only for HER2-positive disease and withheld, with the reason and the HER2 actions, otherwise.
/// </summary>
public sealed class Her2GateScenarioTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    [Fact]
    public void Evaluate_Her2PositiveNoMarkers_BaselineOrderAndNoResistanceNote()
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Her2Positive());

        Assert.Equal(TrastuzumabIndication.Yes, evaluation.Trastuzumab.Indicated);
        Assert.Equal(fixture.Engine.KnowledgeBase.Statement("gate.trastuzumab.positive").Text, evaluation.Trastuzumab.Basis);
        Assert.Empty(evaluation.Findings);
        Assert.Equal(Ranking.Table1BaselineOrderTests.BaselineOrder, EngineFixture.AgentOrder(evaluation));
        Assert.Equal(["no-resistance-finding"], evaluation.Notes.Select(n => n.Code));
        Assert.Equal(["review-currency"], evaluation.Warnings.Select(w => w.Code));
    }

    [Fact]
    public void Evaluate_Her2NegativeWithPtenLoss_OptionsWithheldFindingsKept()
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Patient().Ihc(IhcScore.Zero).Pten(PtenStatus.Loss));
        var statement = fixture.Engine.KnowledgeBase.Statement("warning.options-withheld.negative");

        Assert.Equal(Her2Status.Negative, evaluation.Her2.Status);
        Assert.Equal(TrastuzumabIndication.No, evaluation.Trastuzumab.Indicated);
        Assert.Empty(evaluation.Options);
        Assert.Equal(["pten-loss"], evaluation.Findings.Select(f => f.Id));
        var withheld = Assert.Single(evaluation.Warnings, w => w.Code == "options-withheld");
        Assert.Equal(statement.Text + " HER2 status: negative.", withheld.Text);
        Assert.Same(statement.Citations, withheld.Citations);
    }

    [Fact]
    public void Evaluate_Ihc2PlusWithoutIsh_EquivocalOptionsWithheldNamingReflexIsh()
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Patient().Ihc(IhcScore.Two).Pten(PtenStatus.Loss));
        var statement = fixture.Engine.KnowledgeBase.Statement("warning.options-withheld.not-final");

        Assert.Equal(Her2Status.Equivocal, evaluation.Her2.Status);
        Assert.Equal(["reflex-ish"], evaluation.Her2.RequiredActions.Select(a => a.Code));
        Assert.Equal(TrastuzumabIndication.Undetermined, evaluation.Trastuzumab.Indicated);
        Assert.Empty(evaluation.Options);
        Assert.Equal(
            statement.Text + " HER2 status: equivocal. Required HER2 actions: reflex-ish.",
            Assert.Single(evaluation.Warnings, w => w.Code == "options-withheld").Text);
        Assert.DoesNotContain(evaluation.Notes, n => n.Code == "no-resistance-finding");
    }

    [Fact]
    public void Evaluate_NoHer2Given_UnknownAndAsksForHer2Testing()
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Patient().CyclinE(CyclinEStatus.Amplified));

        Assert.Equal(Her2Status.Unknown, evaluation.Her2.Status);
        Assert.Equal(TrastuzumabIndication.Undetermined, evaluation.Trastuzumab.Indicated);
        Assert.Empty(evaluation.Options);
        Assert.EndsWith(
            "Required HER2 actions: her2-testing.", Assert.Single(evaluation.Warnings, w => w.Code == "options-withheld").Text, StringComparison.Ordinal);
        Assert.Equal(RuleOutcomeKind.NotApplicable, evaluation.Rules.Single(r => r.RuleId == "her2-status").Outcome);
    }

    /// <summary>Serum ECD above the external 15 ng/mL cut-off is an uncertain finding [13]: shown, never re-ranking.</summary>
    [Fact]
    public void Evaluate_Her2PositiveSerumEcdOnly_ShownButBaselineOrder()
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Her2Positive().SerumEcd(32.5));

        var finding = Assert.Single(evaluation.Findings);
        Assert.Equal(("serum-her2-ecd-elevated", FindingEffect.Uncertain), (finding.Id, finding.Effect));
        Assert.Equal(Ranking.Table1BaselineOrderTests.BaselineOrder, EngineFixture.AgentOrder(evaluation));
        Assert.All(evaluation.Options, o => Assert.Empty(o.MatchedFindings));
        Assert.Equal(["no-resistance-finding", "serum-ecd-threshold"], evaluation.Notes.Select(n => n.Code));
        Assert.Equal(["preclinical-evidence", "review-currency"], evaluation.Warnings.Select(w => w.Code));
    }

    [Fact]
    public void Evaluate_NaiveWithPtenLoss_PrimaryResistanceNoteAndUnchangedOrder()
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Her2Positive().Pten(PtenStatus.Loss).History(TrastuzumabHistory.Naive));

        Assert.Equal(["resistance-primary"], evaluation.Notes.Select(n => n.Code));
        Assert.Equal(PiThreeKinaseScenarioTests.PtenLossOrder, EngineFixture.AgentOrder(evaluation));
    }
}
