namespace CdsService.Api.KnowledgeBase.Contracts;

using CdsService.Api.Recommendations.Contracts;

/// <summary>An evidence level and its approximate cross-walk to other frameworks.</summary>
public sealed record EvidenceLevelResponse
{
    /// <summary>"A", "B", "C", "D" or "X".</summary>
    public required string Level { get; init; }

    /// <summary>What the level means, as of the review.</summary>
    public required string Meaning { get; init; }

    /// <summary>Approximate CIViC / AMP-ASCO-CAP / OncoKB / ESCAT equivalents.</summary>
    public required string Crosswalk { get; init; }

    /// <summary>Sources of those frameworks.</summary>
    public required IReadOnlyList<CitationResponse> CrosswalkSources { get; init; }
}
