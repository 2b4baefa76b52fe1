namespace CdsService.Rules.Tests.Findings;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings;
using CdsService.Rules.Model;

/// <summary>
/// The activating/uncertain split: a curated hotspot or a variant the laboratory classes pathogenic or likely pathogenic
/// is activating (pik3ca-mutation); "mutated" with nothing else stays activating; anything else is
/// pik3ca-variant-uncertain. Exactly one of the two fires for a mutated result.
/// </summary>
public sealed class Pik3caMutationRuleTests
{
    private const string ExonNote =
        " The review notes that most activating PIK3CA mutations lie in exons 9 (helical domain) and 20 (kinase domain) [61], [62], [65].";

    private const string Hotspot = " Read as activating: a known activating hotspot.";

    private readonly Pik3caMutationRule _rule = new();
    private readonly Pik3caVariantUncertainRule _uncertain = new();

    [Fact]
    public void Rule_Metadata_BothReadPik3ca()
    {
        Assert.Equal(("pik3ca-mutation", "pik3ca-variant-uncertain"), (_rule.Id, _uncertain.Id));
        Assert.Equal(["pik3ca"], _rule.Inputs);
        Assert.Equal(["pik3ca"], _uncertain.Inputs);
    }

    [Fact]
    public void Evaluate_Pik3caAbsent_IsNotApplicable() =>
        RuleAssert.Outcome(RuleOutcomeKind.NotApplicable, "PIK3CA not reported.", _rule.Evaluate(PanelBuilder.Her2Positive().Build()));

    [Fact]
    public void Evaluate_WildType_NeitherFires()
    {
        var panel = PanelBuilder.Patient().Pik3ca(Pik3caStatus.WildType, "E545K").Build();

        RuleAssert.Outcome(RuleOutcomeKind.NotFired, "PIK3CA wild-type.", _rule.Evaluate(panel));
        Assert.Equal(RuleOutcomeKind.NotFired, _uncertain.Evaluate(panel).Outcome);
    }

    [Fact]
    public void Evaluate_MutatedWithoutVariant_IsActivatingAndSaysTheVariantWasNotGiven() =>
        RuleAssert.Outcome(
            RuleOutcomeKind.Fired,
            "This patient: PIK3CA mutated (no variant given). The variant was not given; clinical PIK3CA assays report hotspot "
            + "(activating) mutations, so it is read as activating." + ExonNote,
            _rule.Evaluate(PanelBuilder.Patient().Pik3ca(Pik3caStatus.Mutated).Build()));

    [Fact]
    public void Evaluate_MutatedH1047RInHgvs_NamesTheReviewHotspot() =>
        RuleAssert.Outcome(
            RuleOutcomeKind.Fired,
            "This patient: PIK3CA mutated: H1047R (a hotspot the review names)." + Hotspot + ExonNote,
            _rule.Evaluate(PanelBuilder.Patient().Pik3ca(Pik3caStatus.Mutated, "NM_006218.4:p.His1047Arg").Build()));

    [Fact]
    public void Evaluate_MutatedMixedVariants_ListsEachInOneLetterForm() =>
        RuleAssert.Outcome(
            RuleOutcomeKind.Fired,
            "This patient: PIK3CA mutated: E545K (a hotspot the review names), Q546K (an activating hotspot; the service's curation of "
            + "the COSMIC and OncoKB PIK3CA hotspots, not from the review), c.3140A>G (not read as a protein substitution; as reported)."
            + Hotspot + ExonNote,
            _rule.Evaluate(PanelBuilder.Patient().Pik3ca(Pik3caStatus.Mutated, "p.(Glu545Lys)", "p.Gln546Lys", "c.3140A>G").Build()));

    [Theory]
    [InlineData("I391M")]
    [InlineData("p.Ile391Met")]
    [InlineData("K111N")]
    [InlineData("c.3140A>G")]
    public void Evaluate_NonHotspotWithoutClassification_IsUncertainOnly(string variant)
    {
        var panel = PanelBuilder.Patient().Pik3ca(Pik3caStatus.Mutated, variant).Build();

        Assert.Equal(RuleOutcomeKind.NotFired, _rule.Evaluate(panel).Outcome);
        var uncertain = _uncertain.Evaluate(panel);
        Assert.Equal(RuleOutcomeKind.Fired, uncertain.Outcome);
        Assert.Contains("this variant is not known to be one", uncertain.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_VariantOfUncertainSignificance_IsReportedNotMutatedAndSaysTheRankingOnce()
    {
        var panel = PanelBuilder.Patient().Build() with { Pik3ca = new Pik3caResult(Pik3caStatus.Mutated, ["I391M"], VariantClassification.Uncertain) };

        var detail = _uncertain.Evaluate(panel).Detail;

        Assert.StartsWith("This patient: PIK3CA variant reported: I391M (laboratory: uncertain significance).", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("PIK3CA mutated", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("does not change the ranking", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(VariantClassification.Pathogenic, true)]
    [InlineData(VariantClassification.LikelyPathogenic, true)]
    [InlineData(VariantClassification.Uncertain, false)]
    [InlineData(VariantClassification.LikelyBenign, false)]
    [InlineData(VariantClassification.Benign, false)]
    public void Evaluate_NonHotspotWithClassification_TheLaboratoryDecides(VariantClassification classification, bool activating)
    {
        var panel = PanelBuilder.Patient().Pik3ca(Pik3caStatus.Mutated, classification, "K111N").Build();

        Assert.Equal(activating, _rule.Evaluate(panel).IsFired);
        Assert.Equal(!activating, _uncertain.Evaluate(panel).IsFired);
    }

    [Fact]
    public void Evaluate_HotspotClassedBenign_StaysActivatingAndAsksToVerify()
    {
        var result = _rule.Evaluate(PanelBuilder.Patient().Pik3ca(Pik3caStatus.Mutated, VariantClassification.Benign, "H1047R").Build());

        Assert.True(result.IsFired);
        Assert.Contains("The laboratory's classification conflicts with the hotspot: verify the report.", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ClassifiedUncertainWithoutVariant_IsUncertain() =>
        Assert.True(_uncertain.Evaluate(PanelBuilder.Patient().Pik3ca(Pik3caStatus.Mutated, VariantClassification.Uncertain).Build()).IsFired);
}
