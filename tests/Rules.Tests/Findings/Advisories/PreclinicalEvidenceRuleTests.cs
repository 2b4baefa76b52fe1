namespace CdsService.Rules.Tests.Findings.Advisories;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings.Advisories;
using CdsService.Rules.Model;

public sealed class PreclinicalEvidenceRuleTests
{
    private readonly PreclinicalEvidenceRule _rule = new();

    [Fact]
    public void Rule_Metadata_IsAWarning()
    {
        Assert.Equal("preclinical-evidence", _rule.Id);
        Assert.Equal(AdvisoryKind.Warning, _rule.Kind);
        Assert.Equal(["warning.preclinical-evidence"], _rule.StatementIds);
    }

    [Fact]
    public void Evaluate_NoFinding_IsNotFired() =>
        Assert.Equal(RuleOutcomeKind.NotFired, _rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Her2Positive())).Outcome);

    [Fact]
    public void Evaluate_AnyFinding_IsFired() =>
        Assert.Equal(RuleOutcomeKind.Fired, _rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Her2Positive(), Her2Status.Positive, AdvisoryCases.SerumEcd)).Outcome);
}
