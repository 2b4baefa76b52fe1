namespace CdsService.Rules.KnowledgeBase;

using CdsService.Rules.Engine;

/// <summary>
/// One row of the review's Table 1, with the columns exactly as printed (data-quality problems are kept and listed in
/// <see cref="DataQualityNotes"/>, never silently fixed), plus the level and what the review's text says of it.
/// <see cref="SpecificFor"/> lists the marker ids the review ties to this agent or its target. <see cref="Mechanisms"/>
/// is the agent's own mechanism set (from what the agent does, not from Table 1's class column, which misfiles some
/// agents) and <see cref="ExcludedFindings"/> the findings it cannot address (docs/clinical-rules.md, "Relevance").
/// </summary>
public sealed record AgentDefinition(
    string Id,
    int TableOrder,
    string Agent,
    string Target,
    string MechanismTargeted,
    string Phase,
    string CombinationWithTrastuzumab,
    string Source,
    EvidenceLevel EvidenceLevel,
    string LevelBasis,
    IReadOnlyList<string> SpecificFor,
    string SpecificBasis,
    string Evidence,
    IReadOnlyList<string> Caveats,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<string> DataQualityNotes,
    string? RxNorm,
    IReadOnlyList<string> Mechanisms,
    IReadOnlyList<string> ExcludedFindings,
    string MechanismBasis,
    AgentAvailability Availability);
