namespace CdsService.Rules.Tests.Findings;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings;
using CdsService.Rules.Model;

public sealed class EgfrOverexpressionRuleTests
{
    private readonly EgfrOverexpressionRule _rule = new();

    [Fact]
    public void Rule_Metadata_IsEgfrOverexpressionReadingEgfr()
    {
        Assert.Equal("egfr-overexpression", _rule.Id);
        Assert.Equal(["egfr"], _rule.Inputs);
    }

    [Fact]
    public void Evaluate_EgfrAbsent_IsNotApplicable() =>
        RuleAssert.Outcome(RuleOutcomeKind.NotApplicable, "EGFR not reported.", _rule.Evaluate(PanelBuilder.Her2Positive().Build()));

    [Fact]
    public void Evaluate_EgfrNormal_IsNotFired() =>
        RuleAssert.Outcome(RuleOutcomeKind.NotFired, "EGFR expression normal.", _rule.Evaluate(PanelBuilder.Patient().Egfr(ExpressionLevel.Normal).Build()));

    [Fact]
    public void Evaluate_EgfrOverexpressed_IsFired() =>
        RuleAssert.Outcome(RuleOutcomeKind.Fired, "This patient: EGFR overexpressed.", _rule.Evaluate(PanelBuilder.Patient().Egfr(ExpressionLevel.Overexpressed).Build()));
}
