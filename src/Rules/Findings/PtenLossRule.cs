namespace CdsService.Rules.Findings;

using CdsService.Rules.Model;

/// <summary>PTEN loss or inactivation over-activates PI3K-Akt: "Mechanisms of resistance" [16], [18], [60].</summary>
public sealed class PtenLossRule : IFindingRule
{
    private static readonly string[] InputIds = [MarkerIds.Pten];
    private static readonly RuleResult Absent = RuleResult.NotApplicable("PTEN not reported.");
    private static readonly RuleResult Loss = RuleResult.Fired("This patient: PTEN loss.");
    private static readonly RuleResult Intact = RuleResult.NotFired("PTEN intact.");

    public string Id => FindingIds.PtenLoss;

    public IReadOnlyList<string> Inputs => InputIds;

    public RuleResult Evaluate(PatientPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        return panel.Pten switch
        {
            null => Absent,
            PtenStatus.Loss => Loss,
            _ => Intact,
        };
    }
}
