namespace CdsService.Api.Evaluations.Reports;

/// <summary>One ranked Table 1 option with its evidence level, availability, rank reasons and every dated note.</summary>
public sealed record ReportOption(
    int Rank,
    string Agent,
    string Target,
    string? MechanismTargeted,
    string? Phase,
    string? CombinationWithTrastuzumab,
    string EvidenceLevel,
    string Direction,
    string Relevance,
    string Rationale,
    IReadOnlyList<ReportCitation> Citations,
    IReadOnlyList<ReportDatedNote> Currency)
{
    /// <summary>Absent only in answers written before availability was part of the contract.</summary>
    public ReportAvailability? Availability { get; init; }

    /// <summary>Why the option sits at its rank, in the order the lens applies the keys.</summary>
    public IReadOnlyList<string> RankReasons { get; init; } = [];
}
