namespace CdsService.Rules.KnowledgeBase;

using CdsService.Rules.Engine;

/// <summary>An evidence level with its meaning and the approximate cross-walk to CIViC / AMP / OncoKB / ESCAT.</summary>
public sealed record EvidenceLevelDefinition(EvidenceLevel Level, string Meaning, string Crosswalk, IReadOnlyList<Citation> CrosswalkSources);
