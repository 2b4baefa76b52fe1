namespace CdsService.Api.Recommendations.Contracts;

/// <summary>The HER2 call by ASCO/CAP 2018 (affirmed 2023), with the basis a pathologist can check.</summary>
public sealed record Her2Response
{
    /// <summary>One of "positive", "negative", "equivocal", "pending", "indeterminate", "unknown".</summary>
    public required string Status { get; init; }

    /// <summary>Dual-probe ISH group 1-5, or null when no dual-probe result was given.</summary>
    public required int? IshGroup { get; init; }

    /// <summary>HER2-low: negative with IHC 1+, or IHC 2+ with negative ISH (a label after the review; no Table 1 eligibility).</summary>
    public required bool Her2Low { get; init; }

    /// <summary>HER2-ultralow: IHC 0 with faint membrane staining (a label after the review).</summary>
    public required bool Her2Ultralow { get; init; }

    /// <summary>Why this call was made, in words.</summary>
    public required string Basis { get; init; }

    /// <summary>The guideline version applied.</summary>
    public required string Guideline { get; init; }

    /// <summary>Testing steps required before the status can be final (codes: reflex-ish, concurrent-ihc, blinded-recount, adjudicate, dual-probe-ish, her2-testing).</summary>
    public required IReadOnlyList<RequiredActionResponse> RequiredActions { get; init; }

    /// <summary>Warnings about the HER2 testing (e.g. her2-discordant).</summary>
    public required IReadOnlyList<MessageResponse> Warnings { get; init; }

    /// <summary>The guideline citations for this call.</summary>
    public required IReadOnlyList<CitationResponse> Citations { get; init; }
}
