namespace CdsService.Rules.Tests.Ranking;

using CdsService.Rules.Engine;
using CdsService.Rules.KnowledgeBase;
using CdsService.Rules.Ranking;

/// <summary>Synthetic Table 1 rows that differ in one ranking key at a time, and findings to match them.</summary>
internal static class RankingCases
{
    public static readonly Finding PtenLoss = new("pten-loss", ["pi3k-hyperactivation"], FindingEffect.Resistance, "s", ["pten"], [], []);
    public static readonly Finding Erbb3 = new("erbb3-overexpression", ["alternative-rtk-signaling", "pi3k-hyperactivation"], FindingEffect.Resistance, "s", ["erbb3"], [], []);
    public static readonly Finding FcgrLow = new("fcgr-low-affinity", ["immune-evasion"], FindingEffect.ReducedBenefit, "s", ["fcgr3a158", "fcgr2a131"], [], []);
    public static readonly Finding SerumEcd = new("serum-her2-ecd-elevated", ["epitope-loss"], FindingEffect.Uncertain, "s", ["serumHer2Ecd"], [], []);

    public static AgentDefinition Agent(
        string id,
        int tableOrder,
        EvidenceLevel level = EvidenceLevel.C,
        string phase = "II",
        string combination = "Yes",
        string mechanismTargeted = "Angiogenesis",
        params string[] specificFor) =>
        new(id, tableOrder, id.ToUpperInvariant(), "target of " + id, mechanismTargeted, phase, combination, "source", level,
            "Level basis of " + id, specificFor, "Specific basis of " + id, "Evidence of " + id, ["Caveat of " + id], [], [], null);

    public static string[] Order(IReadOnlyList<AgentDefinition> agents, params Finding[] findings) =>
        [.. new OptionRanker(agents, _ => null).Rank(findings).Select(o => o.AgentId)];

    public static RankedOption Option(IReadOnlyList<AgentDefinition> agents, string agentId, params Finding[] findings) =>
        new OptionRanker(agents, _ => null).Rank(findings).Single(o => o.AgentId == agentId);
}
