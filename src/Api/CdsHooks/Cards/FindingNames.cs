namespace CdsService.Api.CdsHooks.Cards;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings;
using CdsService.Rules.Model;

/// <summary>
/// How a card names a finding and its effect. Genes are written as genes are written (PTEN, PIK3CA, ERBB3), never as
/// the lower-case wire ids; a reduced-benefit or uncertain finding is never called a resistance finding
/// (docs/clinical-rules.md, "Wording rules").
/// </summary>
public static class FindingNames
{
    private static readonly Dictionary<string, (string Brief, string Full)> Names = new(StringComparer.Ordinal)
    {
        [FindingIds.PtenLoss] = ("PTEN loss", "PTEN loss"),
        [FindingIds.Pik3caMutation] = ("PIK3CA mutation", "Activating PIK3CA mutation"),
        [FindingIds.Pik3caVariantUncertain] = ("PIK3CA variant", "PIK3CA variant not known to be activating"),
        [FindingIds.CyclinEDysregulation] = ("cyclin E", "Cyclin E amplification/overexpression"),
        [FindingIds.P27Mislocalization] = ("p27", "Cytoplasmic or low p27kip1"),
        [FindingIds.FcgrLowAffinity] = ("FcγR genotype", "Lower-affinity FcγR genotype (FCGR3A/FCGR2A)"),
        [FindingIds.SerumHer2EcdElevated] = ("serum HER2 ECD", "Elevated serum HER2 ECD"),
        [FindingIds.P95Her2Present] = ("p95HER2", "p95HER2 present"),
        [FindingIds.EgfrOverexpression] = ("EGFR", "EGFR overexpression"),
        [FindingIds.Erbb3Overexpression] = ("ERBB3", "ERBB3 (HER3) overexpression"),
        [FindingIds.Igf1rOverexpression] = ("IGF1R", "IGF1R overexpression"),
        [FindingIds.Muc4Overexpression] = ("MUC4", "MUC4 overexpression"),
        [FindingIds.Cd44Overexpression] = ("CD44", "CD44 overexpression"),
        [FindingIds.SrcActivation] = ("SRC", "SRC activation"),
    };

    // The markers by their gene (HGNC symbol) or, where the review speaks of a protein state, the protein.
    private static readonly Dictionary<string, string> Markers = new(StringComparer.Ordinal)
    {
        [MarkerIds.Her2] = "HER2",
        [MarkerIds.Pten] = "PTEN",
        [MarkerIds.Pik3ca] = "PIK3CA",
        [MarkerIds.CyclinE] = "cyclin E",
        [MarkerIds.Fcgr3a158] = "FCGR3A",
        [MarkerIds.Fcgr2a131] = "FCGR2A",
        [MarkerIds.SerumHer2Ecd] = "serum HER2 ECD",
        [MarkerIds.P95Her2] = "p95HER2",
        [MarkerIds.Egfr] = "EGFR",
        [MarkerIds.Erbb3] = "ERBB3",
        [MarkerIds.Igf1r] = "IGF1R",
        [MarkerIds.Muc4] = "MUC4",
        [MarkerIds.Cd44] = "CD44",
        [MarkerIds.Src] = "SRC",
        [MarkerIds.P27] = "p27",
        [MarkerIds.TrastuzumabHistory] = "trastuzumab history",
    };

    /// <summary>A few words for a summary: "PTEN loss", "FcγR genotype"; an unknown id is named by its markers.</summary>
    public static string Brief(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return Names.TryGetValue(finding.Id, out var name) ? name.Brief : string.Join("/", finding.Inputs.Select(Marker));
    }

    /// <summary>The finding's name for the card detail.</summary>
    public static string Full(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return Full(finding.Id);
    }

    /// <summary>The name of a finding id ("pten-loss" is "PTEN loss"); an unknown id as it is.</summary>
    public static string Full(string findingId) => Names.TryGetValue(findingId, out var name) ? name.Full : findingId;

    /// <summary>A marker id as the gene or protein is written ("pik3ca" is PIK3CA).</summary>
    public static string Marker(string markerId) => Markers.GetValueOrDefault(markerId, markerId);

    /// <summary>The effect in words; reduced-benefit and uncertain say plainly that they are not resistance findings.</summary>
    public static string Effect(FindingEffect effect) => effect switch
    {
        FindingEffect.Resistance => "resistance",
        FindingEffect.ReducedBenefit => "reduced benefit, not a resistance finding",
        _ => "uncertain significance, not a resistance finding",
    };
}
