namespace CdsService.Rules.Engine;

/// <summary>The full, explained answer for one patient. The channel (REST, FHIR, CDS Hooks, batch) adds id and time.</summary>
public sealed record Evaluation(
    KnowledgeBaseStamp KnowledgeBase,
    string EngineVersion,
    IReadOnlyList<string> InputsUsed,
    Her2Interpretation Her2,
    TrastuzumabAssessment Trastuzumab,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<RankedOption> Options,
    IReadOnlyList<Warning> Warnings,
    IReadOnlyList<Note> Notes,
    IReadOnlyList<RuleOutcome> Rules,
    string Disclaimer,
    RankingInfo Ranking,
    IReadOnlyList<AlsoDiscussedOption> AlsoDiscussed)
{
    /// <summary>
    /// The option a headline may name: the best-ranked one a clinician can use today (tier 1 or 2) that the evidence
    /// supports. Never a tier-3 agent, whatever the lens (docs/clinical-rules.md, "Wording rules").
    /// </summary>
    public RankedOption? TopAvailableOption => Options.FirstOrDefault(o => o.IsHeadlineCandidate);
}
