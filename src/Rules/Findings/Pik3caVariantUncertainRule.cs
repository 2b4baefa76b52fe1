namespace CdsService.Rules.Findings;

/// <summary>
/// A PIK3CA variant that is not known to be activating (<see cref="Pik3caCall"/>): the review's evidence [18], [60]
/// concerns activating mutations, so the finding is uncertain and is shown without changing the ranking.
/// </summary>
public sealed class Pik3caVariantUncertainRule : Pik3caCallRule
{
    private static readonly RuleResult Activating = RuleResult.NotFired("PIK3CA mutation read as activating (see pik3ca-mutation).");

    public override string Id => FindingIds.Pik3caVariantUncertain;

    protected override Pik3caCall.Kind Fires => Pik3caCall.Kind.Uncertain;

    protected override RuleResult OtherCall => Activating;
}
