namespace CdsService.Rules.Findings;

using CdsService.Rules.Model;

/// <summary>Truncated p95ErbB2 lacks the trastuzumab epitope and signals as a hyperactive homodimer [12], [14], [15].</summary>
public sealed class P95Her2PresentRule : IFindingRule
{
    private static readonly string[] InputIds = [MarkerIds.P95Her2];
    private static readonly RuleResult Absent = RuleResult.NotApplicable("p95HER2 not reported.");
    private static readonly RuleResult Present = RuleResult.Fired("This patient: p95HER2 present.");
    private static readonly RuleResult NotPresent = RuleResult.NotFired("p95HER2 absent.");

    public string Id => FindingIds.P95Her2Present;

    public IReadOnlyList<string> Inputs => InputIds;

    public RuleResult Evaluate(PatientPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        return panel.P95Her2 switch
        {
            null => Absent,
            P95Her2Status.Present => Present,
            _ => NotPresent,
        };
    }
}
