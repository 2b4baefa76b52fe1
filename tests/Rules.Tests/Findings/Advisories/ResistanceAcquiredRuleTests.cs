namespace CdsService.Rules.Tests.Findings.Advisories;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings.Advisories;
using CdsService.Rules.Model;

public sealed class ResistanceAcquiredRuleTests
{
    private readonly ResistanceAcquiredRule _rule = new();

    [Fact]
    public void Rule_Metadata_IsANoteFromItsStatement()
    {
        Assert.Equal("resistance-acquired", _rule.Id);
        Assert.Equal(AdvisoryKind.Note, _rule.Kind);
        Assert.Equal("note.resistance-acquired", _rule.StatementId);
    }

    [Fact]
    public void Evaluate_NoHistory_IsNotApplicable() =>
        Assert.Equal(RuleOutcomeKind.NotApplicable, _rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Her2Positive())).Outcome);

    [Theory]
    [InlineData(TrastuzumabHistory.Progressed, RuleOutcomeKind.Fired)]
    [InlineData(TrastuzumabHistory.Responding, RuleOutcomeKind.NotFired)]
    [InlineData(TrastuzumabHistory.Naive, RuleOutcomeKind.NotFired)]
    public void Evaluate_History_FiresOnlyOnProgression(TrastuzumabHistory history, RuleOutcomeKind expected) =>
        Assert.Equal(expected, _rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Her2Positive().History(history))).Outcome);
}
