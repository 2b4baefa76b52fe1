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
    string Disclaimer);
