namespace CdsService.Api.Recommendations.Contracts;

/// <summary>A dated statement about events after the 2011 review, kept apart from the review's evidence.</summary>
public sealed record CurrencyResponse
{
    /// <summary>The date the note is current to.</summary>
    public required string AsOf { get; init; }

    /// <summary>The note, in words.</summary>
    public required string Note { get; init; }

    /// <summary>Whether the note was checked against its sources.</summary>
    public required bool Verified { get; init; }

    /// <summary>External sources with their URLs.</summary>
    public required IReadOnlyList<CitationResponse> Citations { get; init; }
}
