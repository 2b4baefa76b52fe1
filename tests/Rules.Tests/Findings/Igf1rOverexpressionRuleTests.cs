namespace CdsService.Rules.Tests.Findings;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings;
using CdsService.Rules.Model;

public sealed class Igf1rOverexpressionRuleTests
{
    private readonly Igf1rOverexpressionRule _rule = new();

    [Fact]
    public void Rule_Metadata_IsIgf1rOverexpressionReadingIgf1r()
    {
        Assert.Equal("igf1r-overexpression", _rule.Id);
        Assert.Equal(["igf1r"], _rule.Inputs);
    }

    [Fact]
    public void Evaluate_Igf1rAbsent_IsNotApplicable() =>
        RuleAssert.Outcome(RuleOutcomeKind.NotApplicable, "IGF-1R not reported.", _rule.Evaluate(PanelBuilder.Her2Positive().Build()));

    [Fact]
    public void Evaluate_Igf1rNormal_IsNotFired() =>
        RuleAssert.Outcome(RuleOutcomeKind.NotFired, "IGF-1R expression normal.", _rule.Evaluate(PanelBuilder.Patient().Igf1r(ExpressionLevel.Normal).Build()));

    [Fact]
    public void Evaluate_Igf1rOverexpressed_IsFired() =>
        RuleAssert.Outcome(RuleOutcomeKind.Fired, "This patient: IGF-1R overexpressed.", _rule.Evaluate(PanelBuilder.Patient().Igf1r(ExpressionLevel.Overexpressed).Build()));
}
