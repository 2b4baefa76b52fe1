namespace CdsService.Rules.Findings;

/// <summary>
/// One reported PIK3CA protein change. <see cref="ProteinChange"/> is the one-letter form ("E545K") when the text could
/// be read as a substitution, else null and <see cref="Reported"/> is shown as given.
/// </summary>
public sealed record Pik3caVariant(string Reported, string? ProteinChange, int? Codon)
{
    /// <summary>The substitutions the review itself names: "Hyperactivation of PI3K-Akt pathway", E545K and H1047R in MCF-10A.</summary>
    public bool IsReviewHotspot => ProteinChange is "E545K" or "H1047R";

    /// <summary>A known activating hotspot of the service's own curation (<see cref="Pik3caHotspots"/>), not of the review.</summary>
    public bool IsActivatingHotspot => ProteinChange is { } change && Pik3caHotspots.Contains(change);

    public string Display => ProteinChange ?? Reported;
}
