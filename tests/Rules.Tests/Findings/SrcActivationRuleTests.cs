namespace CdsService.Rules.Tests.Findings;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings;
using CdsService.Rules.Model;

public sealed class SrcActivationRuleTests
{
    private readonly SrcActivationRule _rule = new();

    [Fact]
    public void Rule_Metadata_IsSrcActivationReadingSrc()
    {
        Assert.Equal("src-activation", _rule.Id);
        Assert.Equal(["src"], _rule.Inputs);
    }

    [Fact]
    public void Evaluate_SrcAbsent_IsNotApplicable() =>
        RuleAssert.Outcome(RuleOutcomeKind.NotApplicable, "Src activity not reported.", _rule.Evaluate(PanelBuilder.Her2Positive().Build()));

    [Fact]
    public void Evaluate_SrcNormal_IsNotFired() =>
        RuleAssert.Outcome(RuleOutcomeKind.NotFired, "Src activity normal.", _rule.Evaluate(PanelBuilder.Patient().Src(SrcActivity.Normal).Build()));

    [Fact]
    public void Evaluate_SrcActivated_IsFired() =>
        RuleAssert.Outcome(RuleOutcomeKind.Fired, "This patient: Src activated.", _rule.Evaluate(PanelBuilder.Patient().Src(SrcActivity.Activated).Build()));
}
