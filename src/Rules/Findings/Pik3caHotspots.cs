namespace CdsService.Rules.Findings;

/// <summary>
/// Activating PIK3CA hotspots: the service's own curation from the COSMIC and OncoKB hotspot lists, not from the review
/// (which names only E545K and H1047R and says most activating mutations lie in exons 9 and 20 [61], [62], [65]).
/// Clinical PIK3CA assays report these; any other variant is activating only when the laboratory classes it as
/// pathogenic or likely pathogenic (docs/clinical-rules.md, "PIK3CA").
/// </summary>
public static class Pik3caHotspots
{
    public const string Source = "the service's curation of the COSMIC and OncoKB PIK3CA hotspots, not from the review";

    /// <summary>Exon 9 (helical domain), exon 20 (kinase domain), then the other recurrent activating sites.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "E542K", "E545K", "E545A", "E545G", "E545Q", "Q546K", "Q546R", "Q546E",
        "H1047R", "H1047L", "H1047Y", "G1049R",
        "N345K", "C420R", "E726K", "M1043I", "M1043V",
    ];

    public static bool Contains(string proteinChange) => All.Contains(proteinChange, StringComparer.Ordinal);
}
