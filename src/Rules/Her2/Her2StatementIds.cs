namespace CdsService.Rules.Her2;

/// <summary>Knowledge-base statement ids the HER2 interpreter reads; every clinical sentence comes from the KB.</summary>
internal static class Her2StatementIds
{
    public const string Guideline = "her2.guideline";
    public const string ActionPrefix = "her2.action.";
    public const string CommentGroup2 = "her2.comment.group2";
    public const string CommentGroup3 = "her2.comment.group3";
    public const string CommentGroup4 = "her2.comment.group4";
    public const string WarningDiscordant = "her2.warning.discordant";
    public const string WarningReportedStatusDiffers = "her2.warning.reported-status-differs";
    public const string WarningReportedStatusContradicts = "her2.warning.reported-status-contradicts";
    public const string WarningReportedStatusContradictsIhc3 = "her2.warning.reported-status-contradicts.ihc3";
    public const string NoteHer2Low = "her2.note.her2-low";
    public const string NoteHer2Ultralow = "her2.note.her2-ultralow";
    public const string NoteHer2Zero = "her2.note.her2-zero";
    public const string NoteUltralowNotAssessable = "her2.note.her2-ultralow-not-assessable";
    public const string WarningPreliminaryNotUsed = "her2.warning.preliminary-not-used";
    public const string ActionConcurrentIhcSingleProbe = "her2.action.concurrent-ihc.single-probe";
    public const string ActionReDeriveReportedContradicts = "her2.action.re-derive.reported-contradicts";
    public const string ActionReDeriveReportedNegativeIhc3 = "her2.action.re-derive.reported-negative-ihc3";

    public static IReadOnlyList<string> All { get; } =
    [
        Guideline,
        ActionPrefix + Her2ActionCodes.ReflexIsh,
        ActionPrefix + Her2ActionCodes.ConcurrentIhc,
        ActionPrefix + Her2ActionCodes.BlindedRecount,
        ActionPrefix + Her2ActionCodes.Adjudicate,
        ActionPrefix + Her2ActionCodes.DualProbeIsh,
        ActionPrefix + Her2ActionCodes.Her2Testing,
        ActionPrefix + Her2ActionCodes.ReDerive,
        ActionPrefix + Her2ActionCodes.AwaitFinalResult,
        ActionConcurrentIhcSingleProbe,
        ActionReDeriveReportedContradicts,
        ActionReDeriveReportedNegativeIhc3,
        CommentGroup2,
        CommentGroup3,
        CommentGroup4,
        WarningDiscordant,
        WarningReportedStatusDiffers,
        WarningReportedStatusContradicts,
        WarningReportedStatusContradictsIhc3,
        NoteHer2Low,
        NoteHer2Ultralow,
        NoteHer2Zero,
        NoteUltralowNotAssessable,
        WarningPreliminaryNotUsed,
    ];

    /// <summary>The statement behind an action code; constant-folded, so the hot path does not concatenate strings.</summary>
    public static string ForAction(string code) => code switch
    {
        Her2ActionCodes.ReflexIsh => ActionPrefix + Her2ActionCodes.ReflexIsh,
        Her2ActionCodes.ConcurrentIhc => ActionPrefix + Her2ActionCodes.ConcurrentIhc,
        Her2ActionCodes.BlindedRecount => ActionPrefix + Her2ActionCodes.BlindedRecount,
        Her2ActionCodes.Adjudicate => ActionPrefix + Her2ActionCodes.Adjudicate,
        Her2ActionCodes.DualProbeIsh => ActionPrefix + Her2ActionCodes.DualProbeIsh,
        Her2ActionCodes.Her2Testing => ActionPrefix + Her2ActionCodes.Her2Testing,
        Her2ActionCodes.ReDerive => ActionPrefix + Her2ActionCodes.ReDerive,
        Her2ActionCodes.AwaitFinalResult => ActionPrefix + Her2ActionCodes.AwaitFinalResult,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "unknown HER2 action code"),
    };
}
