namespace CdsService.Rules.Findings.Advisories;

using CdsService.Rules.Model;

/// <summary>
/// For a HER2-negative patient with PTEN loss or an activating PIK3CA mutation: the review reads these findings as
/// trastuzumab resistance, which does not apply, while PI3K/AKT inhibitors approved after the review for
/// hormone-receptor-positive, HER2-negative disease do (docs/clinical-rules.md, "Findings when HER2 is not positive").
/// The note states no fact itself: its dated notes carry the approvals with their sources.
/// </summary>
public sealed class Her2NegativePi3kApprovalsRule : IAdvisoryRule
{
    public const string Subject = "her2-negative-pi3k-approvals";
    private const string Statement = "note.her2-negative-pi3k-approvals";

    private static readonly string[] InputIds = [MarkerIds.Her2, MarkerIds.Pten, MarkerIds.Pik3ca];
    private static readonly AdvisoryResult Fires = AdvisoryResult.Fired("HER2 negative with PTEN loss or an activating PIK3CA mutation.", Statement);
    private static readonly RuleResult NotNegative = RuleResult.NotApplicable("HER2 status is not negative.");
    private static readonly RuleResult NoPi3kFinding = RuleResult.NotFired("No PTEN loss or activating PIK3CA mutation.");

    public string Id => Subject;

    public AdvisoryKind Kind => AdvisoryKind.Note;

    public IReadOnlyList<string> StatementIds { get; } = [Statement];

    public string? NoteSubject => Subject;

    public IReadOnlyList<string> Inputs => InputIds;

    public AdvisoryResult Evaluate(in AdvisoryContext context) =>
        context.Her2Status != Her2Status.Negative ? NotNegative
        : context.Findings.Any(f => f.Id is FindingIds.PtenLoss or FindingIds.Pik3caMutation) ? Fires
        : NoPi3kFinding;
}
