namespace CdsService.Rules.Findings.Advisories;

using CdsService.Rules.Model;

/// <summary>
/// Progression on trastuzumab is acquired resistance (Introduction: resistance is de novo or acquired during
/// treatment). Context only: the ranking does not change.
/// </summary>
public sealed class ResistanceAcquiredRule : IAdvisoryRule
{
    private static readonly string[] InputIds = [MarkerIds.TrastuzumabHistory];
    private static readonly RuleResult Absent = RuleResult.NotApplicable("Trastuzumab history not reported.");
    private static readonly RuleResult Progressed = RuleResult.Fired("Progressed on trastuzumab.");
    private static readonly RuleResult NotProgressed = RuleResult.NotFired("Not progressed on trastuzumab.");

    public string Id => "resistance-acquired";

    public AdvisoryKind Kind => AdvisoryKind.Note;

    public string StatementId => "note.resistance-acquired";

    public IReadOnlyList<string> Inputs => InputIds;

    public RuleResult Evaluate(in AdvisoryContext context) => context.Panel.TrastuzumabHistory switch
    {
        null => Absent,
        TrastuzumabHistory.Progressed => Progressed,
        _ => NotProgressed,
    };
}
