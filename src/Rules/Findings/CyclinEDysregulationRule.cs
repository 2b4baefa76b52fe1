namespace CdsService.Rules.Findings;

using CdsService.Rules.Model;

/// <summary>Cyclin E amplification or overexpression lets the cell cycle escape trastuzumab: "Escape from cell-cycle arrest" [45].</summary>
public sealed class CyclinEDysregulationRule : IFindingRule
{
    private static readonly string[] InputIds = [MarkerIds.CyclinE];
    private static readonly RuleResult Absent = RuleResult.NotApplicable("Cyclin E not reported.");
    private static readonly RuleResult Amplified = RuleResult.Fired("This patient: Cyclin E amplified.");
    private static readonly RuleResult Overexpressed = RuleResult.Fired("This patient: Cyclin E overexpressed.");
    private static readonly RuleResult Normal = RuleResult.NotFired("Cyclin E normal.");

    public string Id => FindingIds.CyclinEDysregulation;

    public IReadOnlyList<string> Inputs => InputIds;

    public RuleResult Evaluate(PatientPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        return panel.CyclinE switch
        {
            null => Absent,
            CyclinEStatus.Amplified => Amplified,
            CyclinEStatus.Overexpressed => Overexpressed,
            _ => Normal,
        };
    }
}
