namespace CdsService.Api.CdsHooks.Cards;

using CdsService.Rules.Engine;
using CdsService.Rules.Vocabulary;

/// <summary>
/// How a card names a finding and its effect, from the one label table (<see cref="ClinicalLabels"/>); a reduced-benefit
/// or uncertain finding is never called a resistance finding (docs/clinical-rules.md, "Wording rules").
/// </summary>
public static class FindingNames
{
    /// <summary>A few words for a summary: "PTEN loss", "FcγR genotype"; an unknown id is named by its markers.</summary>
    public static string Brief(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return ClinicalLabels.Brief(finding.Id, finding.Inputs);
    }

    /// <summary>The finding's name for the card detail.</summary>
    public static string Full(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return ClinicalLabels.Finding(finding.Id);
    }

    /// <summary>The name of a finding id ("pten-loss" is "PTEN loss"); an unknown id as it is.</summary>
    public static string Full(string findingId) => ClinicalLabels.Finding(findingId);

    /// <summary>A marker id as the gene or protein is written ("pik3ca" is PIK3CA).</summary>
    public static string Marker(string markerId) => ClinicalLabels.Marker(markerId);

    /// <summary>The effect in words; reduced-benefit and uncertain say plainly that they are not resistance findings.</summary>
    public static string Effect(FindingEffect effect) => effect switch
    {
        FindingEffect.Resistance => "resistance",
        FindingEffect.ReducedBenefit => "reduced benefit, not a resistance finding",
        _ => "uncertain significance, not a resistance finding",
    };
}
