namespace CdsService.Rules.Tests.Findings;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings;

public sealed class SerumHer2EcdElevatedRuleTests
{
    private readonly SerumHer2EcdElevatedRule _rule = new();

    [Fact]
    public void Rule_Metadata_IsSerumEcdReadingSerumHer2EcdAt15()
    {
        Assert.Equal("serum-her2-ecd-elevated", _rule.Id);
        Assert.Equal(["serumHer2Ecd"], _rule.Inputs);
        Assert.Equal(15.0, _rule.ThresholdNgPerMl);
    }

    [Fact]
    public void Evaluate_EcdAbsent_IsNotApplicable() =>
        RuleAssert.Outcome(RuleOutcomeKind.NotApplicable, "Serum HER2 ECD not reported.", _rule.Evaluate(PanelBuilder.Her2Positive().Build()));

    [Theory]
    [InlineData(14.99)]
    [InlineData(15.0)]
    public void Evaluate_AtOrBelowCutOff_IsNotFired(double value) =>
        Assert.Equal(RuleOutcomeKind.NotFired, _rule.Evaluate(PanelBuilder.Patient().SerumEcd(value).Build()).Outcome);

    [Theory]
    [InlineData(15.01)]
    [InlineData(32.5)]
    public void Evaluate_AboveCutOff_IsFired(double value) =>
        Assert.Equal(RuleOutcomeKind.Fired, _rule.Evaluate(PanelBuilder.Patient().SerumEcd(value).Build()).Outcome);

    [Fact]
    public void Evaluate_15Point01_SaysTheThresholdIsExternal() =>
        RuleAssert.Outcome(
            RuleOutcomeKind.Fired,
            "This patient: serum HER2 ECD 15.01 ng/mL, above the 15 ng/mL assay cut-off (an external threshold, not from the review).",
            _rule.Evaluate(PanelBuilder.Patient().SerumEcd(15.01).Build()));

    [Fact]
    public void Evaluate_15Point0_SaysNotAboveTheCutOff() =>
        RuleAssert.Outcome(
            RuleOutcomeKind.NotFired,
            "Serum HER2 ECD 15 ng/mL, not above the 15 ng/mL assay cut-off.",
            _rule.Evaluate(PanelBuilder.Patient().SerumEcd(15.0).Build()));

    [Fact]
    public void Evaluate_CustomThreshold_UsesIt() =>
        Assert.Equal(RuleOutcomeKind.NotFired, new SerumHer2EcdElevatedRule(20).Evaluate(PanelBuilder.Patient().SerumEcd(19.9).Build()).Outcome);

    [Fact]
    public void Constructor_ZeroThreshold_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SerumHer2EcdElevatedRule(0));
}
