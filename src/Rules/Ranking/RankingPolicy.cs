namespace CdsService.Rules.Ranking;

using CdsService.Rules.Engine;
using CdsService.Rules.Model;

/// <summary>
/// The ranking keys of shared/knowledge/evidence-levels.md ("Ranking policy"), in policy order: direction, relevance,
/// level, phase, combination with trastuzumab, Table 1 order. Lower values sort first.
/// </summary>
public static class RankingPolicy
{
    /// <summary>Level X is clinical evidence against (perifosine [104], bevacizumab [127]): always after every supporting option.</summary>
    public static OptionDirection DirectionOf(EvidenceLevel level) =>
        level == EvidenceLevel.X ? OptionDirection.Against : OptionDirection.Supports;

    /// <summary>Phase of clinical development as printed in Table 1: III > II > I-II > I > Preclinical.</summary>
    public static int PhaseOrder(string phase) => phase switch
    {
        "III" => 0,
        "II" => 1,
        "I-II" => 2,
        "I" => 3,
        "Preclinical" => 4,
        _ => throw new ArgumentException($"Table 1 phase '{phase}' is not one of III, II, I-II, I, Preclinical.", nameof(phase)),
    };

    /// <summary>Table 1 prints "Yes", "Yes, Paclitaxel" ... or nothing; any "Yes" is a combination with trastuzumab.</summary>
    public static bool CombinesWithTrastuzumab(string combinationColumn)
    {
        ArgumentNullException.ThrowIfNull(combinationColumn);
        return combinationColumn.StartsWith("Yes", StringComparison.Ordinal);
    }

    /// <summary>
    /// The class map of shared/knowledge/evidence-map.md section 3: which mechanisms a Table 1 "resistance mechanism
    /// targeted" class covers. Angiogenesis covers none: the review ties VEGF-A to ErbB2 [121], [126], not to a
    /// resistance mechanism of Figure 1b.
    /// </summary>
    public static IReadOnlyList<string> MechanismsCovered(string mechanismTargeted) => mechanismTargeted switch
    {
        "Alternative GFR signaling" => [MechanismIds.AlternativeRtkSignaling],
        "Downstream signaling" => [MechanismIds.Pi3kHyperactivation],
        "Immune" => [MechanismIds.ImmuneEvasion],
        "All" => MechanismIds.All,
        "Angiogenesis" => [],
        _ => throw new ArgumentException($"Table 1 class '{mechanismTargeted}' is not in the class map.", nameof(mechanismTargeted)),
    };

    /// <summary>Only resistance and reduced-benefit findings make an agent relevant; an uncertain one (serum ECD [13]) is shown only.</summary>
    public static bool AffectsRelevance(FindingEffect effect) => effect is FindingEffect.Resistance or FindingEffect.ReducedBenefit;
}
