namespace CdsService.Rules.Findings;

using CdsService.Rules.Model;

/// <summary>
/// Akt moves p27kip1 out of the nucleus (or it is degraded), freeing CDK2/cyclin E: "Escape from cell-cycle arrest"
/// [53], [67]-[70], [72]. Nuclear p27 is the sensitive state, so only cytoplasmic or low p27 fires.
/// </summary>
public sealed class P27MislocalizationRule : IFindingRule
{
    private static readonly string[] InputIds = [MarkerIds.P27];
    private static readonly RuleResult Absent = RuleResult.NotApplicable("p27kip1 not reported.");
    private static readonly RuleResult Cytoplasmic = RuleResult.Fired("This patient: p27kip1 cytoplasmic.");
    private static readonly RuleResult Low = RuleResult.Fired("This patient: p27kip1 low.");
    private static readonly RuleResult Nuclear = RuleResult.NotFired("p27kip1 nuclear.");

    public string Id => FindingIds.P27Mislocalization;

    public IReadOnlyList<string> Inputs => InputIds;

    public RuleResult Evaluate(PatientPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        return panel.P27 switch
        {
            null => Absent,
            P27Localization.Cytoplasmic => Cytoplasmic,
            P27Localization.Low => Low,
            _ => Nuclear,
        };
    }
}
