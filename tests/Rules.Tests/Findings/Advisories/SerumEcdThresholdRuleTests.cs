namespace CdsService.Rules.Tests.Findings.Advisories;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings.Advisories;

public sealed class SerumEcdThresholdRuleTests
{
    private readonly SerumEcdThresholdRule _rule = new();

    [Fact]
    public void Rule_Metadata_IsANoteFromItsStatement()
    {
        Assert.Equal("serum-ecd-threshold", _rule.Id);
        Assert.Equal(AdvisoryKind.Note, _rule.Kind);
        Assert.Equal("note.serum-ecd-threshold", _rule.StatementId);
    }

    [Fact]
    public void Evaluate_EcdAbsent_IsNotApplicable() =>
        Assert.Equal(RuleOutcomeKind.NotApplicable, _rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Her2Positive())).Outcome);

    [Theory]
    [InlineData(3.0)]
    [InlineData(15.0)]
    [InlineData(40.0)]
    public void Evaluate_AnyEcdValue_IsFired(double value) =>
        Assert.Equal(RuleOutcomeKind.Fired, _rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Her2Positive().SerumEcd(value))).Outcome);
}
