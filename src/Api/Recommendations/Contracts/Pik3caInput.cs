namespace CdsService.Api.Recommendations.Contracts;

/// <summary>PIK3CA status; hotspot variants (E542K, E545K, H1047R) strengthen the finding.</summary>
public sealed record Pik3caInput
{
    /// <summary>Mutation status (required when pik3ca is given). Allowed: "wild-type", "mutated".</summary>
    public string? Status { get; init; }

    /// <summary>Protein changes as reported, one- or three-letter, with or without "p." (e.g. "H1047R", "p.Glu545Lys"): at most 20, each at most 64 characters. Only with "mutated".</summary>
    public IReadOnlyList<string>? Variants { get; init; }
}
