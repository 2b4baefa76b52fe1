namespace CdsService.Rules.Findings.Advisories;

/// <summary>
/// The proposed resistance mechanisms come mainly from cell culture with trastuzumab monotherapy ("Mechanisms of
/// resistance", first paragraph), so any finding carries this warning.
/// </summary>
public sealed class PreclinicalEvidenceRule : IAdvisoryRule
{
    private const string Statement = "warning.preclinical-evidence";

    private static readonly AdvisoryResult AnyFinding = AdvisoryResult.Fired("At least one finding fired.", Statement);
    private static readonly RuleResult NoFinding = RuleResult.NotFired("No finding fired.");

    public string Id => "preclinical-evidence";

    public AdvisoryKind Kind => AdvisoryKind.Warning;

    public IReadOnlyList<string> StatementIds { get; } = [Statement];

    public IReadOnlyList<string> Inputs => [];

    public AdvisoryResult Evaluate(in AdvisoryContext context) => context.Findings.Count > 0 ? AnyFinding : NoFinding;
}
