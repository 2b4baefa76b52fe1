namespace CdsService.Rules.Tests.Findings;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings;
using CdsService.Rules.Model;

public sealed class CyclinEDysregulationRuleTests
{
    private readonly CyclinEDysregulationRule _rule = new();

    [Fact]
    public void Rule_Metadata_IsCyclinEDysregulationReadingCyclinE()
    {
        Assert.Equal("cyclin-e-dysregulation", _rule.Id);
        Assert.Equal(["cyclinE"], _rule.Inputs);
    }

    [Fact]
    public void Evaluate_CyclinEAbsent_IsNotApplicable() =>
        RuleAssert.Outcome(RuleOutcomeKind.NotApplicable, "Cyclin E not reported.", _rule.Evaluate(PanelBuilder.Her2Positive().Build()));

    [Theory]
    [InlineData(CyclinEStatus.Normal, RuleOutcomeKind.NotFired, "Cyclin E normal.")]
    [InlineData(CyclinEStatus.Amplified, RuleOutcomeKind.Fired, "This patient: Cyclin E amplified.")]
    [InlineData(CyclinEStatus.Overexpressed, RuleOutcomeKind.Fired, "This patient: Cyclin E overexpressed.")]
    public void Evaluate_CyclinEStatus_FiresOnlyWhenAmplifiedOrOverexpressed(CyclinEStatus status, RuleOutcomeKind expected, string detail) =>
        RuleAssert.Outcome(expected, detail, _rule.Evaluate(PanelBuilder.Patient().CyclinE(status).Build()));
}
