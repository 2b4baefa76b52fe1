namespace CdsService.Rules.Findings;

using CdsService.Rules.Model;

/// <summary>Activated Src inactivates PTEN [16], [66] and, with Rac1, slows ErbB2 endocytosis (Figure 1b iii).</summary>
public sealed class SrcActivationRule : IFindingRule
{
    private static readonly string[] InputIds = [MarkerIds.Src];
    private static readonly RuleResult Absent = RuleResult.NotApplicable("Src activity not reported.");
    private static readonly RuleResult Activated = RuleResult.Fired("This patient: Src activated.");
    private static readonly RuleResult Normal = RuleResult.NotFired("Src activity normal.");

    public string Id => FindingIds.SrcActivation;

    public IReadOnlyList<string> Inputs => InputIds;

    public RuleResult Evaluate(PatientPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        return panel.Src switch
        {
            null => Absent,
            SrcActivity.Activated => Activated,
            _ => Normal,
        };
    }
}
