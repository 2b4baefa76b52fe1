namespace CdsService.Rules.Ranking;

using System.Globalization;
using CdsService.Rules.Engine;
using CdsService.Rules.KnowledgeBase;
using CdsService.Rules.Model;

/// <summary>Everything about one Table 1 row that does not depend on the patient, computed once per knowledge base.</summary>
internal sealed class AgentProfile
{
    private const int TierCount = 3;
    private const int RelevanceCount = 3;
    private const int LevelCount = 5;
    private const int PhaseCount = 5;
    private const int TableOrderLimit = 1000;

    public AgentProfile(AgentDefinition agent, IReadOnlyList<CurrencyNote> currency, Func<string, int> findingBit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(agent.TableOrder);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(agent.TableOrder, TableOrderLimit);
        Agent = agent;
        Currency = currency;
        Direction = RankingPolicy.DirectionOf(agent.EvidenceLevel);
        PhaseOrder = RankingPolicy.PhaseOrder(agent.Phase);
        Combines = RankingPolicy.CombinesWithTrastuzumab(agent.CombinationWithTrastuzumab);
        SpecificMarkerMask = IdMask.OfMarkers(agent.SpecificFor, strict: true);
        MechanismMask = IdMask.OfMechanisms(agent.Mechanisms, strict: true);
        foreach (var finding in agent.ExcludedFindings) ExcludedFindingMask |= 1L << findingBit(finding);

        DirectionReason = Direction == OptionDirection.Supports ? "direction: supports" : "direction: against (level X: clinical evidence against)";
        AvailabilityReason = RationaleWriter.AvailabilityReason(agent.Availability);
        LevelReason = RationaleWriter.LevelReason(agent);
        PhaseReason = "phase: " + agent.Phase;
        CombinationReason = Combines ? "combination with trastuzumab: yes" : "combination with trastuzumab: no";
        TableReason = string.Create(CultureInfo.InvariantCulture, $"Table 1 row {agent.TableOrder}");
        SpecificBasis = RationaleWriter.Sentence(agent.SpecificBasis);
        EvidenceText = RationaleWriter.EvidenceText(agent);
        GeneralReasons = [Array.AsReadOnly(Reasons(RankingLens.Current, "relevance: general")), Array.AsReadOnly(Reasons(RankingLens.Review, "relevance: general"))];
    }

    public AgentDefinition Agent { get; }

    public IReadOnlyList<CurrencyNote> Currency { get; }

    public OptionDirection Direction { get; }

    public int Tier => Agent.Availability.Tier;

    public int PhaseOrder { get; }

    public bool Combines { get; }

    /// <summary>Bits of <see cref="MarkerIds"/>: the markers the review ties to this agent ("specific for").</summary>
    public int SpecificMarkerMask { get; }

    /// <summary>Bits of <see cref="MechanismIds"/>: the agent's own mechanism set.</summary>
    public int MechanismMask { get; }

    /// <summary>Bits of the ranker's finding index: findings this agent cannot address (an epitope it needs is missing or masked).</summary>
    public long ExcludedFindingMask { get; }

    public string DirectionReason { get; }

    public string AvailabilityReason { get; }

    public string LevelReason { get; }

    public string PhaseReason { get; }

    public string CombinationReason { get; }

    public string TableReason { get; }

    /// <summary>Rank reasons of a general option, per lens (indexed by <see cref="RankingLens"/>).</summary>
    public IReadOnlyList<string>[] GeneralReasons { get; }

    /// <summary>Why the review ties this agent to its "specific for" markers, as one sentence.</summary>
    public string SpecificBasis { get; }

    /// <summary>Evidence, level basis and caveats: the part of the rationale that is the same for every patient.</summary>
    public string EvidenceText { get; }

    public MatchTextCache Texts { get; } = new();

    /// <summary>
    /// One number that orders options exactly as the policy keys do, in policy order; Table 1 order makes it unique.
    /// The review lens leaves the availability key out (every agent counts as tier 1).
    /// </summary>
    public long SortKey(OptionRelevance relevance, RankingLens lens)
    {
        long key = Direction == OptionDirection.Supports ? 0 : 1;
        key = (key * TierCount) + (lens == RankingLens.Current ? Tier - 1 : 0);
        key = (key * RelevanceCount) + (int)relevance;
        key = (key * LevelCount) + (int)Agent.EvidenceLevel;
        key = (key * PhaseCount) + PhaseOrder;
        key = (key * 2) + (Combines ? 0 : 1);
        return (key * TableOrderLimit) + Agent.TableOrder;
    }

    /// <summary>The reasons in the order the lens applies its keys; the review lens still shows availability, last, as not a key.</summary>
    public string[] Reasons(RankingLens lens, string relevanceReason) => lens == RankingLens.Current
        ? [DirectionReason, AvailabilityReason, relevanceReason, LevelReason, PhaseReason, CombinationReason, TableReason]
        : [DirectionReason, relevanceReason, LevelReason, PhaseReason, CombinationReason, TableReason, AvailabilityReason + " (not a ranking key in the review lens)"];
}
