namespace CdsService.Rules.Findings.Advisories;

using CdsService.Rules.Model;

/// <summary>
/// "Progressed" alone does not say whether the disease ever responded, so it may be primary or acquired resistance
/// (Introduction); the treatment record of the best response on trastuzumab tells which. Context only.
/// </summary>
public sealed class ResistanceTypeUnknownRule : IAdvisoryRule
{
    private const string Statement = "note.resistance-type-unknown";

    private static readonly string[] InputIds = [MarkerIds.TrastuzumabHistory];
    private static readonly RuleResult Absent = RuleResult.NotApplicable("Trastuzumab history not reported.");
    private static readonly AdvisoryResult Progressed = AdvisoryResult.Fired("Progressed on trastuzumab; whether it first responded is not given.", Statement);
    private static readonly RuleResult Other = RuleResult.NotFired("Not reported as plain progression.");

    public string Id => "resistance-type-unknown";

    public AdvisoryKind Kind => AdvisoryKind.Note;

    public IReadOnlyList<string> StatementIds { get; } = [Statement];

    public IReadOnlyList<string> Inputs => InputIds;

    public AdvisoryResult Evaluate(in AdvisoryContext context) => context.Panel.TrastuzumabHistory switch
    {
        null => Absent,
        TrastuzumabHistory.Progressed => Progressed,
        _ => Other,
    };
}
