namespace CdsService.Api.Recommendations.Contracts;

/// <summary>A resistance-relevant finding: which markers led to it, which mechanisms of the review's Figure 1b, what the review says.</summary>
public sealed record FindingResponse
{
    /// <summary>Finding id from the knowledge base.</summary>
    public required string Id { get; init; }

    /// <summary>Mechanism ids: pi3k-hyperactivation, epitope-loss, alternative-rtk-signaling, cell-cycle-escape, immune-evasion, reduced-receptor-downregulation.</summary>
    public required IReadOnlyList<string> Mechanisms { get; init; }

    /// <summary>One of "resistance", "reduced-benefit", "uncertain".</summary>
    public required string Effect { get; init; }

    /// <summary>What the review says, faithful to its text.</summary>
    public required string Summary { get; init; }

    /// <summary>The request fields that led to this finding (e.g. "pten").</summary>
    public required IReadOnlyList<string> Inputs { get; init; }

    /// <summary>The review's references for this finding.</summary>
    public required IReadOnlyList<CitationResponse> Citations { get; init; }

    /// <summary>Dated notes on what happened after the review; they never change the ranking.</summary>
    public required IReadOnlyList<CurrencyResponse> Currency { get; init; }
}
