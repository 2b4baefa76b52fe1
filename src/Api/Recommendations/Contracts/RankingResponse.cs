namespace CdsService.Api.Recommendations.Contracts;

/// <summary>Which lens ordered the options, under which policy.</summary>
public sealed record RankingResponse
{
    /// <summary>"current" (the default: what is available today first) or "review" (the review's 2011 order, for research and teaching).</summary>
    public required string Lens { get; init; }

    /// <summary>Version of the ranking policy.</summary>
    public required string PolicyVersion { get; init; }

    /// <summary>The policy in words: the keys in the order this lens applies them.</summary>
    public required string Text { get; init; }
}
