namespace CdsService.Api.Recommendations.Contracts;

/// <summary>A dated note about what happened after the 2011 review, kept apart from the review's evidence: it never changes a level.</summary>
public sealed record CurrencyResponse
{
    /// <summary>Note id in the knowledge base.</summary>
    public required string Id { get; init; }

    /// <summary>The date of the fact (yyyy, yyyy-MM or yyyy-MM-dd); for a search that found nothing, the date of the search.</summary>
    public required string AsOf { get; init; }

    /// <summary>"event" when asOf dates the fact or its publication; "search" when no date was found and asOf is the month the sources were searched.</summary>
    public required string AsOfKind { get; init; }

    /// <summary>The dated fact, in words. Facts that could not be confirmed say "(unverified)".</summary>
    public required string Note { get; init; }

    /// <summary>What the fact means for a treatment decision, where the source gives one.</summary>
    public string? ClinicianNote { get; init; }

    /// <summary>True when at least one relied-on source that can verify it backs the fact; weak sources never verify.</summary>
    public required bool Verified { get; init; }

    /// <summary>The sources, each with its kind.</summary>
    public required IReadOnlyList<SourceResponse> Sources { get; init; }
}
