namespace CdsService.Rules.Tests.Findings.Advisories;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings.Advisories;
using CdsService.Rules.Model;

public sealed class PtenPik3caCoOccurrenceRuleTests
{
    private readonly PtenPik3caCoOccurrenceRule _rule = new();

    [Fact]
    public void Rule_Metadata_IsAWarningFromItsStatement()
    {
        Assert.Equal("pten-pik3ca-co-occurrence", _rule.Id);
        Assert.Equal(AdvisoryKind.Warning, _rule.Kind);
        Assert.Equal("warning.pten-pik3ca-co-occurrence", _rule.StatementId);
        Assert.Equal(["pten", "pik3ca"], _rule.Inputs);
    }

    [Fact]
    public void Evaluate_OnlyPtenGiven_IsNotApplicable() =>
        Assert.Equal(RuleOutcomeKind.NotApplicable, _rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Patient().Pten(PtenStatus.Loss))).Outcome);

    [Theory]
    [InlineData(PtenStatus.Loss, Pik3caStatus.Mutated, RuleOutcomeKind.Fired)]
    [InlineData(PtenStatus.Loss, Pik3caStatus.WildType, RuleOutcomeKind.NotFired)]
    [InlineData(PtenStatus.Intact, Pik3caStatus.Mutated, RuleOutcomeKind.NotFired)]
    [InlineData(PtenStatus.Intact, Pik3caStatus.WildType, RuleOutcomeKind.NotFired)]
    public void Evaluate_PtenAndPik3ca_FiresOnlyWhenBothAbnormal(PtenStatus pten, Pik3caStatus pik3ca, RuleOutcomeKind expected) =>
        Assert.Equal(expected, _rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Patient().Pten(pten).Pik3ca(pik3ca))).Outcome);
}
