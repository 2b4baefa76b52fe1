namespace CdsService.Rules.Tests.Findings.Advisories;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings.Advisories;
using CdsService.Rules.Model;

public sealed class ResistancePrimaryRuleTests
{
    private readonly ResistancePrimaryRule _rule = new();

    [Fact]
    public void Rule_Metadata_IsANoteFromItsStatement()
    {
        Assert.Equal("resistance-primary", _rule.Id);
        Assert.Equal(AdvisoryKind.Note, _rule.Kind);
        Assert.Equal("note.resistance-primary", _rule.StatementId);
    }

    [Fact]
    public void Evaluate_NoHistory_IsNotApplicable() =>
        Assert.Equal(RuleOutcomeKind.NotApplicable, _rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Her2Positive(), Her2Status.Positive, AdvisoryCases.PtenLoss)).Outcome);

    [Fact]
    public void Evaluate_NaiveWithResistanceFinding_IsFired() =>
        Assert.Equal(RuleOutcomeKind.Fired, Evaluate(TrastuzumabHistory.Naive, AdvisoryCases.PtenLoss));

    [Fact]
    public void Evaluate_NaiveWithReducedBenefitFinding_IsFired() =>
        Assert.Equal(RuleOutcomeKind.Fired, Evaluate(TrastuzumabHistory.Naive, AdvisoryCases.FcgrLow));

    [Fact]
    public void Evaluate_NaiveWithOnlyUncertainFinding_IsNotFired() =>
        Assert.Equal(RuleOutcomeKind.NotFired, Evaluate(TrastuzumabHistory.Naive, AdvisoryCases.SerumEcd));

    [Fact]
    public void Evaluate_ProgressedWithResistanceFinding_IsNotFired() =>
        Assert.Equal(RuleOutcomeKind.NotFired, Evaluate(TrastuzumabHistory.Progressed, AdvisoryCases.PtenLoss));

    private RuleOutcomeKind Evaluate(TrastuzumabHistory history, Finding finding) =>
        _rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Her2Positive().History(history), Her2Status.Positive, finding)).Outcome;
}
