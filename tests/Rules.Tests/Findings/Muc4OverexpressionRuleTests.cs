namespace CdsService.Rules.Tests.Findings;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings;
using CdsService.Rules.Model;

public sealed class Muc4OverexpressionRuleTests
{
    private readonly Muc4OverexpressionRule _rule = new();

    [Fact]
    public void Rule_Metadata_IsMuc4OverexpressionReadingMuc4()
    {
        Assert.Equal("muc4-overexpression", _rule.Id);
        Assert.Equal(["muc4"], _rule.Inputs);
    }

    [Fact]
    public void Evaluate_Muc4Absent_IsNotApplicable() =>
        RuleAssert.Outcome(RuleOutcomeKind.NotApplicable, "Muc4 not reported.", _rule.Evaluate(PanelBuilder.Her2Positive().Build()));

    [Fact]
    public void Evaluate_Muc4Normal_IsNotFired() =>
        RuleAssert.Outcome(RuleOutcomeKind.NotFired, "Muc4 expression normal.", _rule.Evaluate(PanelBuilder.Patient().Muc4(ExpressionLevel.Normal).Build()));

    [Fact]
    public void Evaluate_Muc4Overexpressed_IsFired() =>
        RuleAssert.Outcome(RuleOutcomeKind.Fired, "This patient: Muc4 overexpressed.", _rule.Evaluate(PanelBuilder.Patient().Muc4(ExpressionLevel.Overexpressed).Build()));
}
