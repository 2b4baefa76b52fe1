namespace CdsService.Api.KnowledgeBase.Contracts;

using CdsService.Api.Recommendations.Contracts;

/// <summary>A dated note about an agent or finding after the review.</summary>
public sealed record CurrencyEntryResponse
{
    /// <summary>Note id.</summary>
    public required string Id { get; init; }

    /// <summary>The agent id or finding id the note is about.</summary>
    public required string Subject { get; init; }

    /// <summary>The date the note is current to.</summary>
    public required string AsOf { get; init; }

    /// <summary>The note.</summary>
    public required string Note { get; init; }

    /// <summary>Whether it was checked against its sources.</summary>
    public required bool Verified { get; init; }

    /// <summary>External sources with URLs.</summary>
    public required IReadOnlyList<CitationResponse> Citations { get; init; }
}
