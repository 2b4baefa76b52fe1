namespace CdsService.Api.KnowledgeBase.Contracts;

using CdsService.Api.Recommendations.Contracts;

/// <summary>One row of the review's Table 1, columns as printed, with its level and the review's evidence.</summary>
public sealed record AgentResponse
{
    /// <summary>Agent id.</summary>
    public required string Id { get; init; }

    /// <summary>Position in Table 1 (1-22).</summary>
    public required int TableOrder { get; init; }

    /// <summary>Agent as printed.</summary>
    public required string Agent { get; init; }

    /// <summary>Target as printed.</summary>
    public required string Target { get; init; }

    /// <summary>Resistance mechanism targeted as printed.</summary>
    public required string MechanismTargeted { get; init; }

    /// <summary>Phase as printed (2011).</summary>
    public required string Phase { get; init; }

    /// <summary>Combination with trastuzumab as printed.</summary>
    public required string CombinationWithTrastuzumab { get; init; }

    /// <summary>Source (sponsor) as printed.</summary>
    public required string Source { get; init; }

    /// <summary>Evidence level: "A", "B", "C", "D" or "X".</summary>
    public required string Level { get; init; }

    /// <summary>Why this level.</summary>
    public required string LevelBasis { get; init; }

    /// <summary>Marker ids the review ties to this agent or its target.</summary>
    public required IReadOnlyList<string> SpecificFor { get; init; }

    /// <summary>Why it is specific for those markers.</summary>
    public required string SpecificBasis { get; init; }

    /// <summary>What the review's text says of the agent.</summary>
    public required string Evidence { get; init; }

    /// <summary>Caveats to state with the option.</summary>
    public required IReadOnlyList<string> Caveats { get; init; }

    /// <summary>Citations.</summary>
    public required IReadOnlyList<CitationResponse> Citations { get; init; }

    /// <summary>Problems in the printed row, shown rather than silently fixed.</summary>
    public required IReadOnlyList<string> DataQualityNotes { get; init; }

    /// <summary>RxNorm code of the agent, where one exists.</summary>
    public required string? RxNorm { get; init; }

    /// <summary>The agent's own mechanism set, from what it does (not Table 1's class column).</summary>
    public required IReadOnlyList<string> Mechanisms { get; init; }

    /// <summary>Finding ids the agent cannot address (e.g. p95HER2 for an antibody against the extracellular domain).</summary>
    public required IReadOnlyList<string> ExcludedFindings { get; init; }

    /// <summary>Why this mechanism set and these exclusions.</summary>
    public required string MechanismBasis { get; init; }

    /// <summary>Its availability today.</summary>
    public required AvailabilityResponse Availability { get; init; }
}
