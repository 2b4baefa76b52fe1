namespace CdsService.Api.Recommendations.Contracts;

/// <summary>Which knowledge base produced an answer.</summary>
public sealed record KnowledgeBaseStampResponse
{
    /// <summary>Knowledge-base version.</summary>
    public required string Version { get; init; }

    /// <summary>SHA-256 of the knowledge-base file.</summary>
    public required string Hash { get; init; }

    /// <summary>The review the clinical content comes from.</summary>
    public required ReviewSourceResponse Source { get; init; }
}
