namespace CdsService.Rules.Findings;

/// <summary>
/// Activating PIK3CA mutations confer trastuzumab resistance in BT-474/SKBR3 [18] and shorter time to progression [60]
/// ("Hyperactivation of PI3K-Akt pathway"). Fires only for an activating call (<see cref="Pik3caCall"/>); other
/// variants give <see cref="Pik3caVariantUncertainRule"/>.
/// </summary>
public sealed class Pik3caMutationRule : Pik3caCallRule
{
    private static readonly RuleResult Uncertain = RuleResult.NotFired("PIK3CA variant not known to be activating (see pik3ca-variant-uncertain).");

    public override string Id => FindingIds.Pik3caMutation;

    protected override Pik3caCall.Kind Fires => Pik3caCall.Kind.Activating;

    protected override RuleResult OtherCall => Uncertain;
}
