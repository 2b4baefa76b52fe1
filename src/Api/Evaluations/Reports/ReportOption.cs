namespace CdsService.Api.Evaluations.Reports;

/// <summary>One ranked Table 1 option with its evidence level and rationale.</summary>
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
    ReportNote? Currency);
