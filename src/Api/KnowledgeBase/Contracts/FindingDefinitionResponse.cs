namespace CdsService.Api.KnowledgeBase.Contracts;

using CdsService.Api.Recommendations.Contracts;

/// <summary>The clinical text of one finding rule.</summary>
public sealed record FindingDefinitionResponse
{
    /// <summary>Finding id.</summary>
    public required string Id { get; init; }

    /// <summary>The request fields the rule reads.</summary>
    public required IReadOnlyList<string> Inputs { get; init; }

    /// <summary>Mechanism ids.</summary>
    public required IReadOnlyList<string> Mechanisms { get; init; }

    /// <summary>"resistance", "reduced-benefit" or "uncertain".</summary>
    public required string Effect { get; init; }

    /// <summary>What the review says.</summary>
    public required string Summary { get; init; }

    /// <summary>Citations.</summary>
    public required IReadOnlyList<CitationResponse> Citations { get; init; }
}
