namespace CdsService.Rules.Tests.Findings.Advisories;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings.Advisories;
using CdsService.Rules.Model;

public sealed class ReviewCurrencyRuleTests
{
    private readonly ReviewCurrencyRule _rule = new();

    [Fact]
    public void Rule_Metadata_IsAWarningFromItsStatement()
    {
        Assert.Equal("review-currency", _rule.Id);
        Assert.Equal(AdvisoryKind.Warning, _rule.Kind);
        Assert.Equal("warning.review-currency", _rule.StatementId);
    }

    [Theory]
    [InlineData(Her2Status.Positive)]
    [InlineData(Her2Status.Negative)]
    [InlineData(Her2Status.Unknown)]
    public void Evaluate_AnyPatient_IsFired(Her2Status status) =>
        Assert.Equal(RuleOutcomeKind.Fired, _rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Patient(), status)).Outcome);
}
