namespace CdsService.Rules.Findings.Advisories;

using CdsService.Rules.Model;

/// <summary>
/// No response from the start is primary (de novo) resistance (Introduction). Before any trastuzumab, a resistance
/// finding is a possible mechanism of it: the review says activating PIK3CA mutations may be one mechanism of de novo
/// resistance [18]. Context only: the ranking does not change.
/// </summary>
public sealed class ResistancePrimaryRule : IAdvisoryRule
{
    private const string Primary = "note.resistance-primary";
    private const string NaiveWithFinding = "note.resistance-primary-possible";

    private static readonly string[] InputIds = [MarkerIds.TrastuzumabHistory];
    private static readonly RuleResult Absent = RuleResult.NotApplicable("Trastuzumab history not reported.");
    private static readonly AdvisoryResult NoResponse = AdvisoryResult.Fired("No response to trastuzumab from the start.", Primary);
    private static readonly AdvisoryResult NaiveFinding =
        AdvisoryResult.Fired("Trastuzumab-naive with at least one resistance finding.", NaiveWithFinding);
    private static readonly RuleResult NaiveWithout = RuleResult.NotFired("Trastuzumab-naive without a resistance finding.");
    private static readonly RuleResult Other = RuleResult.NotFired("Neither naive nor without response.");

    public string Id => "resistance-primary";

    public AdvisoryKind Kind => AdvisoryKind.Note;

    public IReadOnlyList<string> StatementIds { get; } = [Primary, NaiveWithFinding];

    public IReadOnlyList<string> Inputs => InputIds;

    public AdvisoryResult Evaluate(in AdvisoryContext context) => context.Panel.TrastuzumabHistory switch
    {
        null => Absent,
        TrastuzumabHistory.NoResponse => NoResponse,
        TrastuzumabHistory.Naive => context.HasResistanceFinding ? NaiveFinding : NaiveWithout,
        _ => Other,
    };
}
