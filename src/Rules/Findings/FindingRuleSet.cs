namespace CdsService.Rules.Findings;

/// <summary>Every finding rule, in the order of <see cref="FindingIds.All"/> (the order findings are reported).</summary>
public static class FindingRuleSet
{
    public static IReadOnlyList<IFindingRule> Create(double serumEcdThresholdNgPerMl) =>
    [
        new PtenLossRule(),
        new Pik3caMutationRule(),
        new Pik3caVariantUncertainRule(),
        new CyclinEDysregulationRule(),
        new P27MislocalizationRule(),
        new FcgrLowAffinityRule(),
        new SerumHer2EcdElevatedRule(serumEcdThresholdNgPerMl),
        new P95Her2PresentRule(),
        new EgfrOverexpressionRule(),
        new Erbb3OverexpressionRule(),
        new Igf1rOverexpressionRule(),
        new Muc4OverexpressionRule(),
        new Cd44OverexpressionRule(),
        new SrcActivationRule(),
    ];
}
