namespace CdsService.Rules.Tests.Findings;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings;
using CdsService.Rules.Model;

public sealed class Cd44OverexpressionRuleTests
{
    private readonly Cd44OverexpressionRule _rule = new();

    [Fact]
    public void Rule_Metadata_IsCd44OverexpressionReadingCd44()
    {
        Assert.Equal("cd44-overexpression", _rule.Id);
        Assert.Equal(["cd44"], _rule.Inputs);
    }

    [Fact]
    public void Evaluate_Cd44Absent_IsNotApplicable() =>
        RuleAssert.Outcome(RuleOutcomeKind.NotApplicable, "CD44 not reported.", _rule.Evaluate(PanelBuilder.Her2Positive().Build()));

    [Fact]
    public void Evaluate_Cd44Normal_IsNotFired() =>
        RuleAssert.Outcome(RuleOutcomeKind.NotFired, "CD44 expression normal.", _rule.Evaluate(PanelBuilder.Patient().Cd44(ExpressionLevel.Normal).Build()));

    [Fact]
    public void Evaluate_Cd44Overexpressed_IsFired() =>
        RuleAssert.Outcome(RuleOutcomeKind.Fired, "This patient: CD44 overexpressed.", _rule.Evaluate(PanelBuilder.Patient().Cd44(ExpressionLevel.Overexpressed).Build()));
}
