namespace CdsService.Rules.Tests.Ranking;

using CdsService.Rules.Engine;
using CdsService.Rules.KnowledgeBase;
using CdsService.Rules.Model;
using CdsService.Rules.Ranking;

/// <summary>Synthetic Table 1 rows that differ in one ranking key at a time, and findings to match them.</summary>
internal static class RankingCases
{
    public static readonly Finding PtenLoss = new("pten-loss", ["pi3k-hyperactivation"], FindingEffect.Resistance, "s", ["pten"], [], []);
    public static readonly Finding Erbb3 = new("erbb3-overexpression", ["alternative-rtk-signaling", "pi3k-hyperactivation"], FindingEffect.Resistance, "s", ["erbb3"], [], []);
    public static readonly Finding P95 = new("p95her2-present", ["epitope-loss", "alternative-rtk-signaling"], FindingEffect.Resistance, "s", ["p95Her2"], [], []);
    public static readonly Finding FcgrLow = new("fcgr-low-affinity", ["immune-evasion"], FindingEffect.ReducedBenefit, "s", ["fcgr3a158", "fcgr2a131"], [], []);
    public static readonly Finding SerumEcd = new("serum-her2-ecd-elevated", ["epitope-loss"], FindingEffect.Uncertain, "s", ["serumHer2Ecd"], [], []);
    public static readonly Finding Pik3caUncertain = new("pik3ca-variant-uncertain", ["pi3k-hyperactivation"], FindingEffect.Uncertain, "s", ["pik3ca"], [], []);

    public static AgentDefinition Agent(
        string id,
        int tableOrder,
        EvidenceLevel level = EvidenceLevel.C,
        string phase = "II",
        string combination = "Yes",
        string[]? mechanisms = null,
        string[]? specificFor = null,
        int tier = 1,
        string[]? excluded = null) =>
        new(id, tableOrder, id.ToUpperInvariant(), "target of " + id, "Table 1 class of " + id, phase, combination, "source", level,
            "Level basis of " + id, specificFor ?? [], "Specific basis of " + id, "Evidence of " + id, ["Caveat of " + id], [], [], null,
            mechanisms ?? [], excluded ?? [], "Mechanism basis of " + id, Availability(tier));

    public static AgentAvailability Availability(int tier)
    {
        var status = tier switch
        {
            1 => AvailabilityStatus.ApprovedHer2Breast,
            2 => AvailabilityStatus.ApprovedOther,
            _ => AvailabilityStatus.Discontinued,
        };
        return new(status, tier, tier <= 2 ? "an indication" : null, "note", "2024-06", true, []);
    }

    public static string[] Order(IReadOnlyList<AgentDefinition> agents, params Finding[] findings) => Order(agents, RankingLens.Current, findings);

    public static string[] Order(IReadOnlyList<AgentDefinition> agents, RankingLens lens, params Finding[] findings) =>
        [.. new OptionRanker(agents, _ => []).Rank(findings, lens).Select(o => o.AgentId)];

    public static RankedOption Option(IReadOnlyList<AgentDefinition> agents, string agentId, params Finding[] findings) =>
        new OptionRanker(agents, _ => []).Rank(findings).Single(o => o.AgentId == agentId);

    public static RankedOption Option(IReadOnlyList<AgentDefinition> agents, string agentId, RankingLens lens, params Finding[] findings) =>
        new OptionRanker(agents, _ => []).Rank(findings, lens).Single(o => o.AgentId == agentId);
}
