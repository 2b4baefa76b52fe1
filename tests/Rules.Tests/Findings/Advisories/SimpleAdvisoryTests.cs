namespace CdsService.Rules.Tests.Findings.Advisories;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings.Advisories;
using CdsService.Rules.Model;

public sealed class SimpleAdvisoryTests
{
    [Fact]
    public void ReviewCurrency_AlwaysFires() =>
        Assert.Equal(RuleOutcomeKind.Fired, new ReviewCurrencyRule().Evaluate(AdvisoryCases.Context(PanelBuilder.Patient(), Her2Status.Unknown)).Outcome);

    [Fact]
    public void SerumEcdThreshold_FiresOnlyWhenGiven()
    {
        var rule = new SerumEcdThresholdRule();

        Assert.Equal(RuleOutcomeKind.Fired, rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Her2Positive().SerumEcd(10))).Outcome);
        Assert.Equal(RuleOutcomeKind.NotApplicable, rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Her2Positive())).Outcome);
    }

    [Theory]
    [InlineData(Her2Status.Positive, RuleOutcomeKind.Fired)]
    [InlineData(Her2Status.Negative, RuleOutcomeKind.NotApplicable)]
    [InlineData(Her2Status.Equivocal, RuleOutcomeKind.NotApplicable)]
    public void Her2Backbone_OnlyForHer2Positive(Her2Status status, RuleOutcomeKind expected)
    {
        var rule = new Her2BackboneRule();

        Assert.Equal(expected, rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Patient(), status)).Outcome);
        Assert.Equal("her2-backbone", rule.NoteSubject);
    }
}
