namespace CdsService.Rules.Tests.Findings;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings;
using CdsService.Rules.Model;

/// <summary>
/// The "and/or" rule of [40]: patients with FCGR3A-158 V/V and/or FCGR2A-131 H/H responded better, so a high-affinity
/// homozygote in either gene means no finding; the finding needs every genotype given to carry a lower-affinity allele.
/// </summary>
public sealed class FcgrLowAffinityRuleTests
{
    private const string Source = " Which alleles bind trastuzumab's Fc region less well is from the cited study [40] (V/V and/or H/H responded better), not the review's text.";
    private const string Every = ". Every genotype given carries a lower-affinity allele.";
    private const string VV = "FCGR3A-158 V/V (higher-affinity V allele on both copies)";
    private const string VF = "FCGR3A-158 V/F (one lower-affinity F allele)";
    private const string FF = "FCGR3A-158 F/F (lower-affinity F allele on both copies)";
    private const string HH = "FCGR2A-131 H/H (higher-affinity H allele on both copies)";
    private const string HR = "FCGR2A-131 H/R (one lower-affinity R allele)";
    private const string RR = "FCGR2A-131 R/R (lower-affinity R allele on both copies)";

    private readonly FcgrLowAffinityRule _rule = new();

    private static string Favourable(string given) => "A higher-affinity homozygote is present (" + given + "): the favourable pattern of [40], not this finding.";

    public static TheoryData<Fcgr3a158Genotype?, Fcgr2a131Genotype?, RuleOutcomeKind, string> Genotypes => new()
    {
        { null, Fcgr2a131Genotype.HH, RuleOutcomeKind.NotFired, Favourable(HH) },
        { null, Fcgr2a131Genotype.HR, RuleOutcomeKind.Fired, "This patient: " + HR + Every + Source },
        { null, Fcgr2a131Genotype.RR, RuleOutcomeKind.Fired, "This patient: " + RR + Every + Source },
        { Fcgr3a158Genotype.VV, null, RuleOutcomeKind.NotFired, Favourable(VV) },
        { Fcgr3a158Genotype.VF, null, RuleOutcomeKind.Fired, "This patient: " + VF + Every + Source },
        { Fcgr3a158Genotype.FF, null, RuleOutcomeKind.Fired, "This patient: " + FF + Every + Source },
        { Fcgr3a158Genotype.VV, Fcgr2a131Genotype.HH, RuleOutcomeKind.NotFired, Favourable(VV + "; " + HH) },
        { Fcgr3a158Genotype.VV, Fcgr2a131Genotype.HR, RuleOutcomeKind.NotFired, Favourable(VV + "; " + HR) },
        { Fcgr3a158Genotype.VV, Fcgr2a131Genotype.RR, RuleOutcomeKind.NotFired, Favourable(VV + "; " + RR) },
        { Fcgr3a158Genotype.VF, Fcgr2a131Genotype.HH, RuleOutcomeKind.NotFired, Favourable(VF + "; " + HH) },
        { Fcgr3a158Genotype.FF, Fcgr2a131Genotype.HH, RuleOutcomeKind.NotFired, Favourable(FF + "; " + HH) },
        { Fcgr3a158Genotype.VF, Fcgr2a131Genotype.HR, RuleOutcomeKind.Fired, "This patient: " + VF + "; " + HR + Every + Source },
        { Fcgr3a158Genotype.VF, Fcgr2a131Genotype.RR, RuleOutcomeKind.Fired, "This patient: " + VF + "; " + RR + Every + Source },
        { Fcgr3a158Genotype.FF, Fcgr2a131Genotype.HR, RuleOutcomeKind.Fired, "This patient: " + FF + "; " + HR + Every + Source },
        { Fcgr3a158Genotype.FF, Fcgr2a131Genotype.RR, RuleOutcomeKind.Fired, "This patient: " + FF + "; " + RR + Every + Source },
    };

    [Fact]
    public void Rule_Metadata_IsFcgrLowAffinityReadingBothGenotypes()
    {
        Assert.Equal("fcgr-low-affinity", _rule.Id);
        Assert.Equal(["fcgr3a158", "fcgr2a131"], _rule.Inputs);
    }

    [Fact]
    public void Evaluate_NoGenotype_IsNotApplicable() =>
        RuleAssert.Outcome(
            RuleOutcomeKind.NotApplicable, "FCGR3A-158 and FCGR2A-131 not reported.", _rule.Evaluate(PanelBuilder.Her2Positive().Build()));

    [Theory]
    [MemberData(nameof(Genotypes))]
    public void Evaluate_EachGenotypeCombination_FiresOnlyWhenEveryGivenGenotypeIsLowerAffinity(
        Fcgr3a158Genotype? fcgr3a, Fcgr2a131Genotype? fcgr2a, RuleOutcomeKind expected, string detail)
    {
        var panel = new PatientPanel { Fcgr3a158 = fcgr3a, Fcgr2a131 = fcgr2a };

        RuleAssert.Outcome(expected, detail, _rule.Evaluate(panel));
    }

    [Theory]
    [InlineData(Fcgr3a158Genotype.FF, null, new[] { "fcgr3a158" })]
    [InlineData(null, Fcgr2a131Genotype.RR, new[] { "fcgr2a131" })]
    [InlineData(Fcgr3a158Genotype.VF, Fcgr2a131Genotype.HR, new[] { "fcgr3a158", "fcgr2a131" })]
    public void Evaluate_Fired_InputsAreTheGenotypesGiven(Fcgr3a158Genotype? fcgr3a, Fcgr2a131Genotype? fcgr2a, string[] inputs) =>
        Assert.Equal(inputs, _rule.Evaluate(new PatientPanel { Fcgr3a158 = fcgr3a, Fcgr2a131 = fcgr2a }).Inputs);
}
