namespace CdsService.Rules.Engine;

/// <summary>One Table 1 row ranked for this patient. <see cref="RankReasons"/> lists the ranking keys in policy order.</summary>
public sealed record RankedOption(
    int Rank,
    string AgentId,
    string Agent,
    string Target,
    string MechanismTargeted,
    string Phase,
    string CombinationWithTrastuzumab,
    string Source,
    EvidenceLevel EvidenceLevel,
    OptionDirection Direction,
    OptionRelevance Relevance,
    IReadOnlyList<string> MatchedMechanisms,
    IReadOnlyList<string> MatchedFindings,
    string Rationale,
    IReadOnlyList<string> RankReasons,
    IReadOnlyList<Citation> Citations,
    CurrencyNote? Currency,
    IReadOnlyList<string> DataQualityNotes);
