namespace CdsService.Rules.Tests.Findings;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings;
using CdsService.Rules.Model;

public sealed class P27MislocalizationRuleTests
{
    private readonly P27MislocalizationRule _rule = new();

    [Fact]
    public void Rule_Metadata_IsP27MislocalizationReadingP27()
    {
        Assert.Equal("p27-mislocalization", _rule.Id);
        Assert.Equal(["p27"], _rule.Inputs);
    }

    [Fact]
    public void Evaluate_P27Absent_IsNotApplicable() =>
        RuleAssert.Outcome(RuleOutcomeKind.NotApplicable, "p27kip1 not reported.", _rule.Evaluate(PanelBuilder.Her2Positive().Build()));

    [Theory]
    [InlineData(P27Localization.Nuclear, RuleOutcomeKind.NotFired, "p27kip1 nuclear.")]
    [InlineData(P27Localization.Cytoplasmic, RuleOutcomeKind.Fired, "This patient: p27kip1 cytoplasmic.")]
    [InlineData(P27Localization.Low, RuleOutcomeKind.Fired, "This patient: p27kip1 low.")]
    public void Evaluate_P27Localization_FiresWhenCytoplasmicOrLow(P27Localization localization, RuleOutcomeKind expected, string detail) =>
        RuleAssert.Outcome(expected, detail, _rule.Evaluate(PanelBuilder.Patient().P27(localization).Build()));
}
