namespace CdsService.Rules.Tests.Findings;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings;
using CdsService.Rules.Model;

public sealed class Pik3caMutationRuleTests
{
    private const string ExonNote =
        " The review notes that most activating PIK3CA mutations lie in exons 9 (helical domain) and 20 (kinase domain) [61], [62], [65].";

    private readonly Pik3caMutationRule _rule = new();

    [Fact]
    public void Rule_Metadata_IsPik3caMutationReadingPik3ca()
    {
        Assert.Equal("pik3ca-mutation", _rule.Id);
        Assert.Equal(["pik3ca"], _rule.Inputs);
    }

    [Fact]
    public void Evaluate_Pik3caAbsent_IsNotApplicable() =>
        RuleAssert.Outcome(RuleOutcomeKind.NotApplicable, "PIK3CA not reported.", _rule.Evaluate(PanelBuilder.Her2Positive().Build()));

    [Fact]
    public void Evaluate_WildType_IsNotFired() =>
        RuleAssert.Outcome(RuleOutcomeKind.NotFired, "PIK3CA wild-type.", _rule.Evaluate(PanelBuilder.Patient().Pik3ca(Pik3caStatus.WildType).Build()));

    [Fact]
    public void Evaluate_MutatedWithoutVariant_IsFired() =>
        RuleAssert.Outcome(
            RuleOutcomeKind.Fired,
            "This patient: PIK3CA mutated (no variant given)." + ExonNote,
            _rule.Evaluate(PanelBuilder.Patient().Pik3ca(Pik3caStatus.Mutated).Build()));

    [Fact]
    public void Evaluate_MutatedH1047RInHgvs_NamesTheReviewHotspot() =>
        RuleAssert.Outcome(
            RuleOutcomeKind.Fired,
            "This patient: PIK3CA mutated: H1047R (a hotspot named by the review)." + ExonNote,
            _rule.Evaluate(PanelBuilder.Patient().Pik3ca(Pik3caStatus.Mutated, "NM_006218.4:p.His1047Arg").Build()));

    [Fact]
    public void Evaluate_MutatedMixedVariants_ListsEachInOneLetterForm() =>
        RuleAssert.Outcome(
            RuleOutcomeKind.Fired,
            "This patient: PIK3CA mutated: E545K (a hotspot named by the review), Q546K, c.3140A>G (not read as a protein substitution; as reported)." + ExonNote,
            _rule.Evaluate(PanelBuilder.Patient().Pik3ca(Pik3caStatus.Mutated, "p.(Glu545Lys)", "p.Gln546Lys", "c.3140A>G").Build()));

    [Fact]
    public void Evaluate_WildTypeWithVariantListed_IsNotFired() =>
        Assert.Equal(RuleOutcomeKind.NotFired, _rule.Evaluate(PanelBuilder.Patient().Pik3ca(Pik3caStatus.WildType, "E545K").Build()).Outcome);
}
