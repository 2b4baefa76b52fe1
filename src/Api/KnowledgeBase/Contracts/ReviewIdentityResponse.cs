namespace CdsService.Api.KnowledgeBase.Contracts;

/// <summary>The probable identity of the source review.</summary>
public sealed record ReviewIdentityResponse
{
    /// <summary>Bibliographic citation.</summary>
    public required string Citation { get; init; }

    /// <summary>DOI.</summary>
    public required string Doi { get; init; }

    /// <summary>False while the source text has not been matched to the publication.</summary>
    public required bool Verified { get; init; }

    /// <summary>How the identity was established.</summary>
    public required string Note { get; init; }
}
