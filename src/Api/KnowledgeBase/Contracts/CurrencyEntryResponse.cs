namespace CdsService.Api.KnowledgeBase.Contracts;

using CdsService.Api.Recommendations.Contracts;

/// <summary>A dated note about agents, findings or HER2 labels after the review.</summary>
public sealed record CurrencyEntryResponse
{
    /// <summary>Note id.</summary>
    public required string Id { get; init; }

    /// <summary>The agent, finding, advisory or HER2-label ids the note is shown with.</summary>
    public required IReadOnlyList<string> Subjects { get; init; }

    /// <summary>The date of the fact.</summary>
    public required string AsOf { get; init; }

    /// <summary>"event" when asOf dates the fact or its publication; "search" when no date was found and asOf is the month the sources were searched.</summary>
    public required string AsOfKind { get; init; }

    /// <summary>The note.</summary>
    public required string Note { get; init; }

    /// <summary>What it means for a treatment decision, where the source gives one.</summary>
    public string? ClinicianNote { get; init; }

    /// <summary>Whether a source that can verify it backs it.</summary>
    public required bool Verified { get; init; }

    /// <summary>The sources, each with its kind.</summary>
    public required IReadOnlyList<SourceResponse> Sources { get; init; }
}
