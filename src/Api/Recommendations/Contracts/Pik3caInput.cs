namespace CdsService.Api.Recommendations.Contracts;

using System.Text.Json.Serialization;

/// <summary>
/// PIK3CA status. A known activating hotspot (E545K, H1047R ...) or a variant the laboratory classes pathogenic or
/// likely pathogenic is an activating mutation; any other variant is shown as of uncertain significance and does not
/// change the ranking.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record Pik3caInput
{
    /// <summary>Mutation status (required when pik3ca is given). Allowed: "wild-type", "mutated".</summary>
    public string? Status { get; init; }

    /// <summary>Protein changes as reported, one- or three-letter, with or without "p." (e.g. "H1047R", "p.Glu545Lys"): at most 20, each at most 64 characters. Only with "mutated".</summary>
    public IReadOnlyList<string>? Variants { get; init; }

    /// <summary>The laboratory's classification of the variant(s). Allowed: "pathogenic", "likely-pathogenic", "uncertain", "likely-benign", "benign". Only with "mutated".</summary>
    public string? Classification { get; init; }
}
