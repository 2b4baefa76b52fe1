namespace CdsService.Rules.Ranking;

/// <summary>The patient-dependent parts of one option: why it matched, its reasons, and what it matched.</summary>
internal sealed record MatchText(
    string Rationale,
    IReadOnlyList<string> RankReasons,
    IReadOnlyList<string> MatchedFindings,
    IReadOnlyList<string> MatchedMechanisms);
