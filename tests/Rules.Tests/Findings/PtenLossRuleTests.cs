namespace CdsService.Rules.Tests.Findings;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings;
using CdsService.Rules.Model;

public sealed class PtenLossRuleTests
{
    private readonly PtenLossRule _rule = new();

    [Fact]
    public void Rule_Metadata_IsPtenLossReadingPten()
    {
        Assert.Equal("pten-loss", _rule.Id);
        Assert.Equal(["pten"], _rule.Inputs);
    }

    [Fact]
    public void Evaluate_PtenAbsent_IsNotApplicable() =>
        RuleAssert.Outcome(RuleOutcomeKind.NotApplicable, "PTEN not reported.", _rule.Evaluate(PanelBuilder.Her2Positive().Build()));

    [Fact]
    public void Evaluate_PtenIntact_IsNotFired() =>
        RuleAssert.Outcome(RuleOutcomeKind.NotFired, "PTEN intact.", _rule.Evaluate(PanelBuilder.Patient().Pten(PtenStatus.Intact).Build()));

    [Fact]
    public void Evaluate_PtenLoss_IsFired() =>
        RuleAssert.Outcome(RuleOutcomeKind.Fired, "This patient: PTEN loss.", _rule.Evaluate(PanelBuilder.Patient().Pten(PtenStatus.Loss).Build()));
}
