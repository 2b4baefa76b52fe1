namespace CdsService.Rules.Tests.Findings.Advisories;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings.Advisories;
using CdsService.Rules.Model;

public sealed class FcgrFavourableRuleTests
{
    private readonly FcgrFavourableRule _rule = new();

    [Fact]
    public void Rule_Metadata_IsANoteFromItsStatement()
    {
        Assert.Equal("fcgr-favourable", _rule.Id);
        Assert.Equal(AdvisoryKind.Note, _rule.Kind);
        Assert.Equal("note.fcgr-favourable", _rule.StatementId);
    }

    [Fact]
    public void Evaluate_NoGenotype_IsNotApplicable() =>
        Assert.Equal(RuleOutcomeKind.NotApplicable, _rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Her2Positive())).Outcome);

    [Fact]
    public void Evaluate_VVAndHH_IsFiredAndNamesBoth()
    {
        var result = _rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Patient().Fcgr3a(Fcgr3a158Genotype.VV).Fcgr2a(Fcgr2a131Genotype.HH)));

        Assert.Equal(RuleOutcomeKind.Fired, result.Outcome);
        Assert.Equal("FCGR3A-158 V/V with FCGR2A-131 H/H: higher-affinity alleles only.", result.Detail);
    }

    [Theory]
    [InlineData(Fcgr3a158Genotype.VV, null, RuleOutcomeKind.NotFired)]
    [InlineData(null, Fcgr2a131Genotype.HH, RuleOutcomeKind.NotFired)]
    [InlineData(Fcgr3a158Genotype.VV, Fcgr2a131Genotype.HR, RuleOutcomeKind.NotFired)]
    [InlineData(Fcgr3a158Genotype.VF, Fcgr2a131Genotype.HH, RuleOutcomeKind.NotFired)]
    [InlineData(Fcgr3a158Genotype.FF, null, RuleOutcomeKind.NotFired)]
    [InlineData(null, Fcgr2a131Genotype.RR, RuleOutcomeKind.NotFired)]
    public void Evaluate_NotBothHighAffinity_IsNotFired(Fcgr3a158Genotype? fcgr3a, Fcgr2a131Genotype? fcgr2a, RuleOutcomeKind expected)
    {
        var context = new AdvisoryContext(new PatientPanel { Fcgr3a158 = fcgr3a, Fcgr2a131 = fcgr2a }, Her2Status.Positive, []);

        Assert.Equal(expected, _rule.Evaluate(context).Outcome);
    }
}
