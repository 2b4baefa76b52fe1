namespace CdsService.Rules.Tests.Findings.Advisories;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings.Advisories;
using CdsService.Rules.Model;

public sealed class NoResistanceFindingRuleTests
{
    private readonly NoResistanceFindingRule _rule = new();

    [Fact]
    public void Rule_Metadata_IsANoteFromItsStatement()
    {
        Assert.Equal("no-resistance-finding", _rule.Id);
        Assert.Equal(AdvisoryKind.Note, _rule.Kind);
        Assert.Equal("note.no-resistance-finding", _rule.StatementId);
    }

    [Theory]
    [InlineData(Her2Status.Negative)]
    [InlineData(Her2Status.Equivocal)]
    [InlineData(Her2Status.Unknown)]
    public void Evaluate_Her2NotPositive_IsNotApplicable(Her2Status status) =>
        Assert.Equal(RuleOutcomeKind.NotApplicable, _rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Patient(), status)).Outcome);

    [Fact]
    public void Evaluate_PositiveWithoutFinding_IsFired() =>
        Assert.Equal(RuleOutcomeKind.Fired, _rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Her2Positive())).Outcome);

    [Fact]
    public void Evaluate_PositiveWithOnlyUncertainFinding_IsFired() =>
        Assert.Equal(RuleOutcomeKind.Fired, _rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Her2Positive(), Her2Status.Positive, AdvisoryCases.SerumEcd)).Outcome);

    [Fact]
    public void Evaluate_PositiveWithResistanceFinding_IsNotFired() =>
        Assert.Equal(RuleOutcomeKind.NotFired, _rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Her2Positive(), Her2Status.Positive, AdvisoryCases.PtenLoss)).Outcome);
}
