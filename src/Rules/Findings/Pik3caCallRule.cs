namespace CdsService.Rules.Findings;

using CdsService.Rules.Model;

/// <summary>
/// The two PIK3CA findings share one reading (<see cref="Pik3caCall"/>): for a mutated result exactly one of them fires,
/// the one whose <see cref="Fires"/> kind the call is.
/// </summary>
public abstract class Pik3caCallRule : IFindingRule
{
    private static readonly string[] InputIds = [MarkerIds.Pik3ca];
    private static readonly RuleResult Absent = RuleResult.NotApplicable("PIK3CA not reported.");
    private static readonly RuleResult WildType = RuleResult.NotFired("PIK3CA wild-type.");

    public abstract string Id { get; }

    public IReadOnlyList<string> Inputs => InputIds;

    /// <summary>The call this finding stands for.</summary>
    protected abstract Pik3caCall.Kind Fires { get; }

    /// <summary>What is said when the call is the other finding's.</summary>
    protected abstract RuleResult OtherCall { get; }

    public RuleResult Evaluate(PatientPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        if (panel.Pik3ca is not { } result) return Absent;
        var kind = Pik3caCall.Classify(result);
        if (kind == Pik3caCall.Kind.NotMutated) return WildType;
        return kind == Fires ? RuleResult.Fired(Pik3caCall.Describe(result, kind)) : OtherCall;
    }
}
