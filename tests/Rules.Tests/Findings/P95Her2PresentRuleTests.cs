namespace CdsService.Rules.Tests.Findings;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings;
using CdsService.Rules.Model;

public sealed class P95Her2PresentRuleTests
{
    private readonly P95Her2PresentRule _rule = new();

    [Fact]
    public void Rule_Metadata_IsP95Her2PresentReadingP95Her2()
    {
        Assert.Equal("p95her2-present", _rule.Id);
        Assert.Equal(["p95Her2"], _rule.Inputs);
    }

    [Fact]
    public void Evaluate_P95Absent_IsNotApplicable() =>
        RuleAssert.Outcome(RuleOutcomeKind.NotApplicable, "p95HER2 not reported.", _rule.Evaluate(PanelBuilder.Her2Positive().Build()));

    [Fact]
    public void Evaluate_P95ReportedAbsent_IsNotFired() =>
        RuleAssert.Outcome(RuleOutcomeKind.NotFired, "p95HER2 absent.", _rule.Evaluate(PanelBuilder.Patient().P95Her2(P95Her2Status.Absent).Build()));

    [Fact]
    public void Evaluate_P95Present_IsFired() =>
        RuleAssert.Outcome(RuleOutcomeKind.Fired, "This patient: p95HER2 present.", _rule.Evaluate(PanelBuilder.Patient().P95Her2(P95Her2Status.Present).Build()));
}
