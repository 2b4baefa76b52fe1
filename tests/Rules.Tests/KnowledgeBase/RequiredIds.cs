namespace CdsService.Rules.Tests.KnowledgeBase;

using CdsService.Rules.KnowledgeBase;

/// <summary>The finding and statement ids the brief requires of the knowledge base, in one readable place.</summary>
public static class RequiredIds
{
    public static IReadOnlyList<string> Findings { get; } =
    [
        "pten-loss", "pik3ca-mutation", "pik3ca-variant-uncertain", "cyclin-e-dysregulation", "p27-mislocalization", "fcgr-low-affinity",
        "serum-her2-ecd-elevated", "p95her2-present", "egfr-overexpression", "erbb3-overexpression", "igf1r-overexpression",
        "muc4-overexpression", "cd44-overexpression", "src-activation",
    ];

    public static IReadOnlyList<string> Statements { get; } =
    [
        "her2.guideline",
        "her2.action.reflex-ish", "her2.action.concurrent-ihc", "her2.action.blinded-recount", "her2.action.adjudicate",
        "her2.action.dual-probe-ish", "her2.action.her2-testing", "her2.action.re-derive", "her2.action.await-final-result",
        "her2.action.concurrent-ihc.single-probe", "her2.action.re-derive.reported-contradicts", "her2.action.re-derive.reported-negative-ihc3",
        "her2.comment.group2", "her2.comment.group3", "her2.comment.group4",
        "her2.warning.discordant", "her2.warning.reported-status-differs", "her2.warning.reported-status-contradicts", "her2.warning.reported-status-contradicts.ihc3",
        "her2.note.her2-low", "her2.note.her2-ultralow", "her2.note.her2-zero", "her2.note.her2-ultralow-not-assessable",
        "her2.warning.preliminary-not-used",
        "gate.trastuzumab.positive", "gate.trastuzumab.positive-progressed", "gate.trastuzumab.positive-no-response", "gate.trastuzumab.negative", "gate.trastuzumab.undetermined",
        "warning.options-withheld.negative", "warning.options-withheld.not-final", "warning.pten-pik3ca-co-occurrence",
        "warning.review-currency", "warning.preclinical-evidence",
        "note.her2-backbone", "note.later-her2-options", "note.her2-negative-pi3k-approvals", "note.fcgr-favourable", "note.resistance-acquired", "note.resistance-primary",
        "note.resistance-primary-possible", "note.resistance-type-unknown",
        "note.no-resistance-finding.no-marker-given", "note.no-resistance-finding.none-found",
        "note.no-resistance-finding.others-listed", "note.no-resistance-finding.expected-to-help",
        "note.no-resistance-finding.after-progression", "note.no-resistance-finding.history-not-given",
        "note.no-resistance-finding.after-no-response", "note.serum-ecd-threshold",
        "ranking.policy.current", "ranking.policy.review", "disclaimer",
    ];

    public static IReadOnlyList<string> Agents { get; } =
    [
        "pertuzumab", "cetuximab", "lapatinib", "nvp-aew541", "xl147", "perifosine", "mk2206", "rad001", "ap23573",
        "aromasin", "nvp-auy922", "alvespimycin", "tanespimycin", "trastuzumab-dm1", "bevacizumab", "mdx-h210", "2b1",
        "erbb2-vaccine", "autovac", "rapamune", "e1a", "grn163l",
    ];

    /// <summary>The advisory and HER2-label ids dated notes may be attached to.</summary>
    public static IReadOnlyList<string> NoteSubjects { get; } = ["her2-backbone", "later-her2-options", "her2-negative-pi3k-approvals", "fcgr-favourable", "her2-low", "her2-ultralow"];

    public static KnowledgeBaseRequirements Requirements { get; } = new(Findings, Statements) { NoteSubjects = NoteSubjects };
}
