namespace CdsService.Rules.Findings;

using CdsService.Rules.Engine;

/// <summary>
/// What a rule decided and why, in words a clinician can check against the inputs. <see cref="Inputs"/>, when set,
/// narrows the finding's inputs to the markers that were actually given (an FcγR finding from one genotype).
/// </summary>
public readonly record struct RuleResult(RuleOutcomeKind Outcome, string Detail, IReadOnlyList<string>? Inputs = null)
{
    public bool IsFired => Outcome == RuleOutcomeKind.Fired;

    public static RuleResult Fired(string detail, IReadOnlyList<string>? inputs = null) => new(RuleOutcomeKind.Fired, detail, inputs);

    public static RuleResult NotFired(string detail) => new(RuleOutcomeKind.NotFired, detail);

    public static RuleResult NotApplicable(string detail) => new(RuleOutcomeKind.NotApplicable, detail);
}
