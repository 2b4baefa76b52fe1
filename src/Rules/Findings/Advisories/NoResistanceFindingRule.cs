namespace CdsService.Rules.Findings.Advisories;

using CdsService.Rules.Model;

/// <summary>
/// HER2-positive with no resistance finding: trastuzumab-based therapy is expected to help, and Table 1 matters on
/// progression (shared/knowledge/evidence-levels.md, ranking policy).
/// </summary>
public sealed class NoResistanceFindingRule : IAdvisoryRule
{
    private static readonly string[] InputIds = [MarkerIds.Her2];
    private static readonly RuleResult NotPositive = RuleResult.NotApplicable("HER2 status is not positive.");
    private static readonly RuleResult None = RuleResult.Fired("HER2 positive; no resistance or reduced-benefit finding.");
    private static readonly RuleResult Some = RuleResult.NotFired("At least one resistance or reduced-benefit finding.");

    public string Id => "no-resistance-finding";

    public AdvisoryKind Kind => AdvisoryKind.Note;

    public string StatementId => "note.no-resistance-finding";

    public IReadOnlyList<string> Inputs => InputIds;

    public RuleResult Evaluate(in AdvisoryContext context)
    {
        if (context.Her2Status != Her2Status.Positive) return NotPositive;
        return context.HasResistanceFinding ? Some : None;
    }
}
