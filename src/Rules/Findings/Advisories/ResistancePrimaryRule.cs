namespace CdsService.Rules.Findings.Advisories;

using CdsService.Rules.Model;

/// <summary>
/// A resistance finding before any trastuzumab points to possible de novo (primary) resistance; the review calls
/// activating PIK3CA mutations one mechanism of de novo resistance [18]. Context only: the ranking does not change.
/// </summary>
public sealed class ResistancePrimaryRule : IAdvisoryRule
{
    private static readonly string[] InputIds = [MarkerIds.TrastuzumabHistory];
    private static readonly RuleResult Absent = RuleResult.NotApplicable("Trastuzumab history not reported.");
    private static readonly RuleResult NaiveWithFinding =
        RuleResult.Fired("Trastuzumab-naive with at least one resistance or reduced-benefit finding.");
    private static readonly RuleResult NaiveWithout = RuleResult.NotFired("Trastuzumab-naive without a resistance finding.");
    private static readonly RuleResult NotNaive = RuleResult.NotFired("Not trastuzumab-naive.");

    public string Id => "resistance-primary";

    public AdvisoryKind Kind => AdvisoryKind.Note;

    public string StatementId => "note.resistance-primary";

    public IReadOnlyList<string> Inputs => InputIds;

    public RuleResult Evaluate(in AdvisoryContext context) => context.Panel.TrastuzumabHistory switch
    {
        null => Absent,
        TrastuzumabHistory.Naive => context.HasResistanceFinding ? NaiveWithFinding : NaiveWithout,
        _ => NotNaive,
    };
}
