namespace CdsService.Api.Recommendations.Contracts;

/// <summary>The probable identity of the 2011 review on trastuzumab action and resistance.</summary>
public sealed record ReviewSourceResponse
{
    /// <summary>Bibliographic citation of the review.</summary>
    public required string Citation { get; init; }

    /// <summary>DOI of the review.</summary>
    public required string Doi { get; init; }

    /// <summary>False while the source text has not been matched to the publication.</summary>
    public required bool Verified { get; init; }
}
