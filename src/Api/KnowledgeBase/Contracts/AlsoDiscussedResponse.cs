namespace CdsService.Api.KnowledgeBase.Contracts;

using CdsService.Api.Recommendations.Contracts;

/// <summary>An agent the review discusses outside Table 1.</summary>
public sealed record AlsoDiscussedResponse
{
    /// <summary>Agent id.</summary>
    public required string Id { get; init; }

    /// <summary>Name.</summary>
    public required string Name { get; init; }

    /// <summary>What the review says.</summary>
    public required string Text { get; init; }

    /// <summary>Citations.</summary>
    public required IReadOnlyList<CitationResponse> Citations { get; init; }

    /// <summary>Its availability today.</summary>
    public required AvailabilityResponse Availability { get; init; }
}
