namespace CdsService.Rules.Vocabulary;

using CdsService.Rules.Findings;
using CdsService.Rules.Model;

/// <summary>
/// The one table of how clinician text names findings, markers and mechanisms. Genes are written as genes are
/// written (PTEN, PIK3CA, ERBB3), never as the lower-case wire ids, which stay in the machine fields
/// (matchedFindings, matchedMechanisms, findings[].id) as contract (docs/clinical-rules.md, "Wording rules").
/// </summary>
public static class ClinicalLabels
{
    private static readonly Dictionary<string, (string Brief, string Full)> Findings = new(StringComparer.Ordinal)
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

    // The review's Figure 1b mechanisms, as a clinician reads them inside a sentence.
    private static readonly Dictionary<string, string> Mechanisms = new(StringComparer.Ordinal)
    {
        [MechanismIds.Pi3kHyperactivation] = "PI3K-Akt hyperactivation",
        [MechanismIds.EpitopeLoss] = "loss or masking of the trastuzumab epitope",
        [MechanismIds.AlternativeRtkSignaling] = "alternative growth factor receptor signalling",
        [MechanismIds.CellCycleEscape] = "escape from cell-cycle arrest",
        [MechanismIds.ImmuneEvasion] = "immune evasion",
        [MechanismIds.ReducedReceptorDownregulation] = "reduced ErbB2 endocytosis and lysosomal routing",
    };

    /// <summary>Every finding's heading name by id, for clients that draw findings themselves (the clinician page).</summary>
    public static IReadOnlyDictionary<string, string> FindingNames { get; } = Findings.ToDictionary(f => f.Key, f => f.Value.Full, StringComparer.Ordinal);

    /// <summary>Every marker's written name by its request field id.</summary>
    public static IReadOnlyDictionary<string, string> MarkerNames { get; } = Markers;

    /// <summary>Every mechanism's words by id.</summary>
    public static IReadOnlyDictionary<string, string> MechanismNames { get; } = Mechanisms;

    /// <summary>A few words for a summary: "PTEN loss", "FcγR genotype"; an unknown id is named by its markers.</summary>
    public static string Brief(string findingId, IEnumerable<string> inputs) =>
        Findings.TryGetValue(findingId, out var name) ? name.Brief : string.Join("/", inputs.Select(Marker));

    /// <summary>A finding's name as a heading: "Activating PIK3CA mutation"; an unknown id as it is.</summary>
    public static string Finding(string findingId) => Findings.TryGetValue(findingId, out var name) ? name.Full : findingId;

    /// <summary>A finding's name inside a sentence: "activating PIK3CA mutation", "PTEN loss".</summary>
    public static string FindingInText(string findingId) => InText(Finding(findingId));

    /// <summary>Several findings inside a sentence, joined: "PTEN loss, activating PIK3CA mutation".</summary>
    public static string FindingsInText(IEnumerable<string> findingIds) => string.Join(", ", findingIds.Select(FindingInText));

    /// <summary>A marker id as the gene or protein is written ("pik3ca" is PIK3CA).</summary>
    public static string Marker(string markerId) => Markers.GetValueOrDefault(markerId, markerId);

    /// <summary>A mechanism id as words ("pi3k-hyperactivation" is "PI3K-Akt hyperactivation"); an unknown id as it is.</summary>
    public static string Mechanism(string mechanismId) => Mechanisms.GetValueOrDefault(mechanismId, mechanismId);

    /// <summary>Several mechanisms, joined: "PI3K-Akt hyperactivation, immune evasion".</summary>
    public static string MechanismsInText(IEnumerable<string> mechanismIds) => string.Join(", ", mechanismIds.Select(Mechanism));

    // "Activating PIK3CA mutation" becomes "activating ..."; a leading gene symbol or acronym (PTEN, IGF1R) stays.
    private static string InText(string label) =>
        label.Length > 1 && char.IsUpper(label[0]) && char.IsLower(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;
}
