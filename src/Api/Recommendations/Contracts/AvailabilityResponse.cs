namespace CdsService.Api.Recommendations.Contracts;

/// <summary>What a clinician can do with an agent today: dated knowledge from outside the review, with its sources.</summary>
public sealed record AvailabilityResponse
{
    /// <summary>"approved-her2-breast", "approved-other" (approved for another indication; off-label here unless it applies), "investigational", "discontinued" or "unknown" (never read as available).</summary>
    public required string Status { get; init; }

    /// <summary>1 approved for HER2-positive breast cancer, 2 approved for another use, 3 not available.</summary>
    public required int Tier { get; init; }

    /// <summary>The status in words, e.g. "approved for another indication, not as a HER2-directed therapy (off-label here unless that indication applies)".</summary>
    public required string Label { get; init; }

    /// <summary>The approved indication(s), where approved.</summary>
    public string? Indication { get; init; }

    /// <summary>What the status means for the clinician.</summary>
    public required string Note { get; init; }

    /// <summary>The date of the latest fact behind the status.</summary>
    public required string AsOf { get; init; }

    /// <summary>True when a source that can verify it backs the status.</summary>
    public required bool Verified { get; init; }

    /// <summary>The sources, each with its kind.</summary>
    public required IReadOnlyList<SourceResponse> Sources { get; init; }
}
