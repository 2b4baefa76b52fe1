namespace CdsService.Api.Recommendations.Contracts;

/// <summary>One Table 1 row ranked for this patient, with the reasons for its place.</summary>
public sealed record OptionResponse
{
    /// <summary>1-based rank.</summary>
    public required int Rank { get; init; }

    /// <summary>Agent id (one of the 22 Table 1 ids), e.g. "rad001".</summary>
    public required string AgentId { get; init; }

    /// <summary>Agent name as printed in Table 1.</summary>
    public required string Agent { get; init; }

    /// <summary>Target as printed in Table 1.</summary>
    public required string Target { get; init; }

    /// <summary>Resistance mechanism targeted, as printed in Table 1.</summary>
    public required string MechanismTargeted { get; init; }

    /// <summary>Clinical phase as of 2011, as printed in Table 1.</summary>
    public required string Phase { get; init; }

    /// <summary>Combination with trastuzumab, as printed in Table 1.</summary>
    public required string CombinationWithTrastuzumab { get; init; }

    /// <summary>Sponsor as printed in Table 1.</summary>
    public required string Source { get; init; }

    /// <summary>Evidence level: "A", "B", "C", "D" or "X".</summary>
    public required string EvidenceLevel { get; init; }

    /// <summary>"supports" or "against" (level X).</summary>
    public required string Direction { get; init; }

    /// <summary>"specific" (tied to a finding), "mechanism" (covers a finding's mechanism) or "general".</summary>
    public required string Relevance { get; init; }

    /// <summary>The patient's mechanisms this agent addresses.</summary>
    public required IReadOnlyList<string> MatchedMechanisms { get; init; }

    /// <summary>The finding ids this agent was matched to.</summary>
    public required IReadOnlyList<string> MatchedFindings { get; init; }

    /// <summary>Why this option: matched findings, level and caveats.</summary>
    public required string Rationale { get; init; }

    /// <summary>The ranking keys in the order the lens applies them (direction, availability, relevance, level with its basis, phase, combination, Table 1 row), saying why it sits here.</summary>
    public required IReadOnlyList<string> RankReasons { get; init; }

    /// <summary>The review's references for this agent.</summary>
    public required IReadOnlyList<CitationResponse> Citations { get; init; }

    /// <summary>Its availability today, beside its rank: status, tier, indication, note, date, verified, sources.</summary>
    public required AvailabilityResponse Availability { get; init; }

    /// <summary>Every dated note about the agent after the review, oldest first.</summary>
    public required IReadOnlyList<CurrencyResponse> Currency { get; init; }

    /// <summary>Problems in the printed Table 1 row, shown rather than silently fixed.</summary>
    public required IReadOnlyList<string> DataQualityNotes { get; init; }
}
