namespace CdsService.Rules.Tests.Findings.Advisories;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings.Advisories;
using CdsService.Rules.Model;

public sealed class FcgrFavourableRuleTests
{
    private readonly FcgrFavourableRule _rule = new();

    [Fact]
    public void Rule_Metadata_IsANoteWithTheLaterFcgrStudies()
    {
        Assert.Equal("fcgr-favourable", _rule.Id);
        Assert.Equal(AdvisoryKind.Note, _rule.Kind);
        Assert.Equal(["note.fcgr-favourable"], _rule.StatementIds);
        Assert.Equal("fcgr-favourable", _rule.NoteSubject);
    }

    [Fact]
    public void Evaluate_NoGenotype_IsNotApplicable() =>
        Assert.Equal(RuleOutcomeKind.NotApplicable, _rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Her2Positive())).Outcome);

    // [40]: "V/V and/or H/H" responded better, so either high-affinity homozygote among the genotypes given is favourable.
    [Theory]
    [InlineData(Fcgr3a158Genotype.VV, Fcgr2a131Genotype.HH)]
    [InlineData(Fcgr3a158Genotype.VV, null)]
    [InlineData(null, Fcgr2a131Genotype.HH)]
    [InlineData(Fcgr3a158Genotype.VV, Fcgr2a131Genotype.RR)]
    [InlineData(Fcgr3a158Genotype.FF, Fcgr2a131Genotype.HH)]
    [InlineData(Fcgr3a158Genotype.VF, Fcgr2a131Genotype.HH)]
    public void Evaluate_AHighAffinityHomozygote_IsFavourable(Fcgr3a158Genotype? fcgr3a, Fcgr2a131Genotype? fcgr2a)
    {
        var result = _rule.Evaluate(new AdvisoryContext(new PatientPanel { Fcgr3a158 = fcgr3a, Fcgr2a131 = fcgr2a }, Her2Status.Positive, []));

        Assert.Equal(RuleOutcomeKind.Fired, result.Outcome);
        Assert.Equal("note.fcgr-favourable", result.StatementId);
        Assert.StartsWith("Favourable pattern of [40] (V/V and/or H/H): ", result.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Fcgr3a158Genotype.VF, Fcgr2a131Genotype.HR)]
    [InlineData(Fcgr3a158Genotype.FF, null)]
    [InlineData(null, Fcgr2a131Genotype.RR)]
    [InlineData(Fcgr3a158Genotype.FF, Fcgr2a131Genotype.RR)]
    public void Evaluate_OnlyLowerAffinityGenotypes_IsNotFired(Fcgr3a158Genotype? fcgr3a, Fcgr2a131Genotype? fcgr2a) =>
        Assert.Equal(
            RuleOutcomeKind.NotFired,
            _rule.Evaluate(new AdvisoryContext(new PatientPanel { Fcgr3a158 = fcgr3a, Fcgr2a131 = fcgr2a }, Her2Status.Positive, [])).Outcome);
}
