namespace CdsService.Rules.Findings.Advisories;

using CdsService.Rules.Model;

/// <summary>
/// HER2-positive with no resistance finding (docs/clinical-rules.md, "Wording rules"). The first part says what was
/// looked at: no resistance marker was given (nothing to find), or the markers given show no resistance finding, or
/// the findings listed are reduced-benefit or uncertain, not resistance; "no findings" is never said while one is
/// listed. The second part: trastuzumab-based therapy is expected to help only for a patient known not to have
/// progressed on it (naive or responding); with no history given it is said only conditionally; after progression, or
/// lack of response, that is the setting the Table 1 options address.
/// </summary>
public sealed class NoResistanceFindingRule : IAdvisoryRule
{
    public const string NoMarkerGiven = "note.no-resistance-finding.no-marker-given";
    public const string NoneFound = "note.no-resistance-finding.none-found";
    public const string OthersListed = "note.no-resistance-finding.others-listed";
    public const string ExpectedToHelp = "note.no-resistance-finding.expected-to-help";
    public const string AfterProgression = "note.no-resistance-finding.after-progression";
    public const string HistoryNotGiven = "note.no-resistance-finding.history-not-given";
    public const string AfterNoResponse = "note.no-resistance-finding.after-no-response";

    private static readonly string[] InputIds = [MarkerIds.Her2];
    private static readonly RuleResult NotPositive = RuleResult.NotApplicable("HER2 status is not positive.");
    private static readonly RuleResult Some = RuleResult.NotFired("At least one resistance finding.");

    public string Id => "no-resistance-finding";

    public AdvisoryKind Kind => AdvisoryKind.Note;

    public IReadOnlyList<string> StatementIds { get; } = [NoMarkerGiven, NoneFound, OthersListed, ExpectedToHelp, AfterProgression, HistoryNotGiven, AfterNoResponse];

    public IReadOnlyList<string> Inputs => InputIds;

    public AdvisoryResult Evaluate(in AdvisoryContext context)
    {
        if (context.Her2Status != Her2Status.Positive) return NotPositive;
        if (context.HasResistanceFinding) return Some;
        var (first, detail) = !context.AnyMarkerGiven
            ? (NoMarkerGiven, "HER2 positive; no resistance marker was given.")
            : context.Findings.Count == 0
                ? (NoneFound, "HER2 positive; the markers given show no resistance finding.")
                : (OthersListed, "HER2 positive; the findings listed are reduced-benefit or uncertain, not resistance.");
        var second = context.Panel.TrastuzumabHistory switch
        {
            null => HistoryNotGiven,
            TrastuzumabHistory.NoResponse => AfterNoResponse,
            _ when context.ProgressedOnTrastuzumab => AfterProgression,
            _ => ExpectedToHelp,
        };
        return AdvisoryResult.Fired(detail, first, second);
    }
}
