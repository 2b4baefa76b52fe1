namespace CdsService.Rules.Findings.Advisories;

using CdsService.Rules.Model;

/// <summary>
/// For a HER2-positive patient whose disease progressed on, or did not respond to, trastuzumab: HER2-directed agents
/// approved since the review for this setting (trastuzumab deruxtecan, tucatinib, margetuximab) are not in its Table 1,
/// so they are never ranked; this note puts their dated notes where the clinician reads first instead of only under
/// the option they displaced (docs/clinical-rules.md, "Dated notes"). Each agent the note's text names is backed by a
/// dated note it carries (EMILIA for T-DM1, NALA for neratinib), or for pertuzumab by its availability.
/// </summary>
public sealed class LaterHer2OptionsRule : IAdvisoryRule
{
    public const string Subject = "later-her2-options";
    private const string Statement = "note.later-her2-options";

    private static readonly string[] InputIds = [MarkerIds.Her2, MarkerIds.TrastuzumabHistory];
    private static readonly AdvisoryResult Progressed = AdvisoryResult.Fired("HER2 positive; progressed on or did not respond to trastuzumab.", Statement);
    private static readonly RuleResult NotPositive = RuleResult.NotApplicable("HER2 status is not positive.");
    private static readonly RuleResult NotProgressed = RuleResult.NotFired("No progression on trastuzumab reported.");

    public string Id => Subject;

    public AdvisoryKind Kind => AdvisoryKind.Note;

    public IReadOnlyList<string> StatementIds { get; } = [Statement];

    public string? NoteSubject => Subject;

    public IReadOnlyList<string> Inputs => InputIds;

    public AdvisoryResult Evaluate(in AdvisoryContext context) =>
        context.Her2Status != Her2Status.Positive ? NotPositive
        : context.ProgressedOnTrastuzumab ? Progressed
        : NotProgressed;
}
