namespace CdsService.Api.KnowledgeBase.Contracts;

using CdsService.Api.Recommendations.Contracts;

/// <summary>A resistance mechanism of the review's Figure 1b.</summary>
public sealed record MechanismResponse
{
    /// <summary>Mechanism id, e.g. "pi3k-hyperactivation".</summary>
    public required string Id { get; init; }

    /// <summary>Name.</summary>
    public required string Name { get; init; }

    /// <summary>What the review says of it.</summary>
    public required string Description { get; init; }

    /// <summary>Citations.</summary>
    public required IReadOnlyList<CitationResponse> Citations { get; init; }
}
