namespace CdsService.Api.Recommendations.Contracts;

/// <summary>An agent the review discusses outside Table 1 (neratinib, sorafenib, ertumaxomab): shown with its availability, never ranked.</summary>
public sealed record AlsoDiscussedOptionResponse
{
    /// <summary>Agent id.</summary>
    public required string Id { get; init; }

    /// <summary>Name.</summary>
    public required string Name { get; init; }

    /// <summary>What the review says of it.</summary>
    public required string Text { get; init; }

    /// <summary>The review's references for it.</summary>
    public required IReadOnlyList<CitationResponse> Citations { get; init; }

    /// <summary>Its availability today.</summary>
    public required AvailabilityResponse Availability { get; init; }

    /// <summary>Every dated note about it.</summary>
    public required IReadOnlyList<CurrencyResponse> Currency { get; init; }
}
