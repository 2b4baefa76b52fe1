namespace CdsService.Api.KnowledgeBase.Contracts;

/// <summary>One of the review's numbered references.</summary>
public sealed record ReferenceResponse
{
    /// <summary>Reference number in the review (1-132).</summary>
    public required int Number { get; init; }

    /// <summary>What the review cites it for.</summary>
    public required string Context { get; init; }

    /// <summary>The identified paper, or null when it could not be identified.</summary>
    public required string? Paper { get; init; }

    /// <summary>PMID/DOI identifiers of the paper.</summary>
    public required string? Ids { get; init; }

    /// <summary>Link to the paper.</summary>
    public required string? Url { get; init; }

    /// <summary>"confirmed", "probable" or "probable-weak"; null when unidentified.</summary>
    public required string? Confidence { get; init; }
}
