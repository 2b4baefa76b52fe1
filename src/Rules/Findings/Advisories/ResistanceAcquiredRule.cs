namespace CdsService.Rules.Findings.Advisories;

using CdsService.Rules.Model;

/// <summary>
/// Progression after an initial response is acquired (secondary) resistance (Introduction: "acquisition of resistance
/// during the course of treatment"). Context only: the ranking does not change.
/// </summary>
public sealed class ResistanceAcquiredRule : IAdvisoryRule
{
    private const string Statement = "note.resistance-acquired";

    private static readonly string[] InputIds = [MarkerIds.TrastuzumabHistory];
    private static readonly RuleResult Absent = RuleResult.NotApplicable("Trastuzumab history not reported.");
    private static readonly AdvisoryResult Acquired = AdvisoryResult.Fired("Progressed after an initial response to trastuzumab.", Statement);
    private static readonly RuleResult Other = RuleResult.NotFired("Not reported as progression after an initial response.");

    public string Id => "resistance-acquired";

    public AdvisoryKind Kind => AdvisoryKind.Note;

    public IReadOnlyList<string> StatementIds { get; } = [Statement];

    public IReadOnlyList<string> Inputs => InputIds;

    public AdvisoryResult Evaluate(in AdvisoryContext context) => context.Panel.TrastuzumabHistory switch
    {
        null => Absent,
        TrastuzumabHistory.ProgressedAfterResponse => Acquired,
        _ => Other,
    };
}
