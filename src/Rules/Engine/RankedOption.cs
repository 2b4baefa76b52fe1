namespace CdsService.Rules.Engine;

using CdsService.Rules.KnowledgeBase;

/// <summary>
/// One Table 1 row ranked for this patient. <see cref="RankReasons"/> lists the ranking keys in the order the lens
/// applies them; <see cref="Availability"/> and every dated note (<see cref="Currency"/>) travel with the option.
/// </summary>
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
    IReadOnlyList<CurrencyNote> Currency,
    IReadOnlyList<string> DataQualityNotes,
    AgentAvailability Availability,
    string LevelBasis)
{
    /// <summary>Something a clinician can use today (tier 1 or 2) that the evidence supports: the only kind a headline may name.</summary>
    public bool IsHeadlineCandidate => Direction == OptionDirection.Supports && Availability.IsAvailable;
}
