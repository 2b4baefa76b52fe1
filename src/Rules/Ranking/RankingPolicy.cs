namespace CdsService.Rules.Ranking;

using CdsService.Rules.Engine;
using CdsService.Rules.KnowledgeBase;
using CdsService.Rules.Model;

/// <summary>
/// The ranking keys of policy 2.0 (docs/clinical-rules.md, "Ranking policy"), in policy order: direction, availability
/// tier (lens <see cref="RankingLens.Current"/> only), relevance, level, phase, combination with trastuzumab, Table 1
/// order. Lower values sort first.
/// </summary>
public static class RankingPolicy
{
    public const string PolicyVersion = "2.1.0";

    /// <summary>Level X is clinical evidence against (perifosine [104], bevacizumab [127]): always after every supporting option.</summary>
    public static OptionDirection DirectionOf(EvidenceLevel level) =>
        level == EvidenceLevel.X ? OptionDirection.Against : OptionDirection.Supports;

    /// <summary>
    /// Tier 1: approved for HER2-positive breast cancer; 2: approved for something else, off-label here; 3: not available
    /// (investigational, discontinued, or unknown, which is never read as available).
    /// </summary>
    public static int TierOf(AvailabilityStatus status) => status switch
    {
        AvailabilityStatus.ApprovedHer2Breast => 1,
        AvailabilityStatus.ApprovedOther => 2,
        _ => 3,
    };

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
    /// Only resistance and reduced-benefit findings make an agent relevant; an uncertain one (serum ECD [13], a PIK3CA
    /// variant not known to be activating) is shown but changes no order.
    /// </summary>
    public static bool AffectsRelevance(FindingEffect effect) => effect is FindingEffect.Resistance or FindingEffect.ReducedBenefit;
}
