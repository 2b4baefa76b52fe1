namespace CdsService.Rules.Tests.Findings;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings;
using CdsService.Rules.Model;

public sealed class Erbb3OverexpressionRuleTests
{
    private readonly Erbb3OverexpressionRule _rule = new();

    [Fact]
    public void Rule_Metadata_IsErbb3OverexpressionReadingErbb3()
    {
        Assert.Equal("erbb3-overexpression", _rule.Id);
        Assert.Equal(["erbb3"], _rule.Inputs);
    }

    [Fact]
    public void Evaluate_Erbb3Absent_IsNotApplicable() =>
        RuleAssert.Outcome(RuleOutcomeKind.NotApplicable, "ErbB3 not reported.", _rule.Evaluate(PanelBuilder.Her2Positive().Build()));

    [Fact]
    public void Evaluate_Erbb3Normal_IsNotFired() =>
        RuleAssert.Outcome(RuleOutcomeKind.NotFired, "ErbB3 expression normal.", _rule.Evaluate(PanelBuilder.Patient().Erbb3(ExpressionLevel.Normal).Build()));

    [Fact]
    public void Evaluate_Erbb3Overexpressed_IsFired() =>
        RuleAssert.Outcome(RuleOutcomeKind.Fired, "This patient: ErbB3 overexpressed.", _rule.Evaluate(PanelBuilder.Patient().Erbb3(ExpressionLevel.Overexpressed).Build()));
}
