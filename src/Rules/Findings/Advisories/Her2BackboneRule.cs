namespace CdsService.Rules.Findings.Advisories;

using CdsService.Rules.Model;

/// <summary>
/// For a HER2-positive patient: HER2-directed therapy stays the backbone. The review says resistance does not appear to
/// be due to loss of ErbB2 overexpression in most cell-line models ("Exploiting overexpressed ErbB2 as an address"),
/// and a later series found HER2 overexpression persisting at trastuzumab failure (a dated note). So the options are
/// additions or next lines, not a reason to stop HER2-directed therapy (docs/clinical-rules.md, "Wording rules").
/// </summary>
public sealed class Her2BackboneRule : IAdvisoryRule
{
    public const string Subject = "her2-backbone";
    private const string Statement = "note.her2-backbone";

    private static readonly string[] InputIds = [MarkerIds.Her2];
    private static readonly AdvisoryResult Positive = AdvisoryResult.Fired("HER2 positive.", Statement);
    private static readonly RuleResult NotPositive = RuleResult.NotApplicable("HER2 status is not positive.");

    public string Id => Subject;

    public AdvisoryKind Kind => AdvisoryKind.Note;

    public IReadOnlyList<string> StatementIds { get; } = [Statement];

    public string? NoteSubject => Subject;

    public IReadOnlyList<string> Inputs => InputIds;

    public AdvisoryResult Evaluate(in AdvisoryContext context) => context.Her2Status == Her2Status.Positive ? Positive : NotPositive;
}
