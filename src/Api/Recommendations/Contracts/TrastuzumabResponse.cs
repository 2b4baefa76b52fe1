namespace CdsService.Api.Recommendations.Contracts;

/// <summary>The HER2 gate: trastuzumab is indicated for HER2-positive disease.</summary>
public sealed record TrastuzumabResponse
{
    /// <summary>One of "yes", "no", "undetermined".</summary>
    public required string Indicated { get; init; }

    /// <summary>Why, in words.</summary>
    public required string Basis { get; init; }

    /// <summary>Citations for the gate.</summary>
    public required IReadOnlyList<CitationResponse> Citations { get; init; }
}
