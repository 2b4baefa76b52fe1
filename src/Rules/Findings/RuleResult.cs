namespace CdsService.Rules.Findings;

using CdsService.Rules.Engine;

/// <summary>What a rule decided and why, in words a clinician can check against the inputs.</summary>
public readonly record struct RuleResult(RuleOutcomeKind Outcome, string Detail)
{
    public bool IsFired => Outcome == RuleOutcomeKind.Fired;

    public static RuleResult Fired(string detail) => new(RuleOutcomeKind.Fired, detail);

    public static RuleResult NotFired(string detail) => new(RuleOutcomeKind.NotFired, detail);

    public static RuleResult NotApplicable(string detail) => new(RuleOutcomeKind.NotApplicable, detail);
}
