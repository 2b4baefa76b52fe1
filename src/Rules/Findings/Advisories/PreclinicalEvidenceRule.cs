namespace CdsService.Rules.Findings.Advisories;

/// <summary>
/// The proposed resistance mechanisms come mainly from cell culture with trastuzumab monotherapy ("Mechanisms of
/// resistance", first paragraph), so any finding carries this warning.
/// </summary>
public sealed class PreclinicalEvidenceRule : IAdvisoryRule
{
    private static readonly RuleResult AnyFinding = RuleResult.Fired("At least one finding fired.");
    private static readonly RuleResult NoFinding = RuleResult.NotFired("No finding fired.");

    public string Id => "preclinical-evidence";

    public AdvisoryKind Kind => AdvisoryKind.Warning;

    public string StatementId => "warning.preclinical-evidence";

    public IReadOnlyList<string> Inputs => [];

    public RuleResult Evaluate(in AdvisoryContext context) => context.Findings.Count > 0 ? AnyFinding : NoFinding;
}
