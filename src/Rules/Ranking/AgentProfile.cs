namespace CdsService.Rules.Ranking;

using System.Globalization;
using CdsService.Rules.Engine;
using CdsService.Rules.KnowledgeBase;

/// <summary>Everything about one Table 1 row that does not depend on the patient, computed once per knowledge base.</summary>
internal sealed class AgentProfile
{
    private const int RelevanceCount = 3;
    private const int LevelCount = 5;
    private const int PhaseCount = 5;
    private const int TableOrderLimit = 1000;

    public AgentProfile(AgentDefinition agent, CurrencyNote? currency)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(agent.TableOrder);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(agent.TableOrder, TableOrderLimit);
        Agent = agent;
        Currency = currency;
        Direction = RankingPolicy.DirectionOf(agent.EvidenceLevel);
        PhaseOrder = RankingPolicy.PhaseOrder(agent.Phase);
        Combines = RankingPolicy.CombinesWithTrastuzumab(agent.CombinationWithTrastuzumab);
        SpecificMarkerMask = IdMask.OfMarkers(agent.SpecificFor, strict: true);
        ClassMechanismMask = IdMask.OfMechanisms(RankingPolicy.MechanismsCovered(agent.MechanismTargeted), strict: true);

        DirectionReason = Direction == OptionDirection.Supports ? "direction: supports" : "direction: against";
        LevelReason = "level: " + agent.EvidenceLevel;
        PhaseReason = "phase: " + agent.Phase;
        CombinationReason = Combines ? "combination with trastuzumab: yes" : "combination with trastuzumab: no";
        TableReason = string.Create(CultureInfo.InvariantCulture, $"Table 1 row {agent.TableOrder}");
        GeneralReasons = Array.AsReadOnly(Reasons("relevance: general"));
        SpecificBasis = RationaleWriter.Sentence(agent.SpecificBasis);
        EvidenceText = RationaleWriter.EvidenceText(agent);
        GeneralRationaleWithoutFindings = RationaleWriter.GeneralWithoutFindings(this);
        GeneralRationaleWithFindings = RationaleWriter.GeneralWithFindings(this);
    }

    public AgentDefinition Agent { get; }

    public CurrencyNote? Currency { get; }

    public OptionDirection Direction { get; }

    public int PhaseOrder { get; }

    public bool Combines { get; }

    /// <summary>Bits of <see cref="Model.MarkerIds"/>: the markers the review ties to this agent ("specific for").</summary>
    public int SpecificMarkerMask { get; }

    /// <summary>Bits of <see cref="Model.MechanismIds"/>: the mechanisms its Table 1 class covers.</summary>
    public int ClassMechanismMask { get; }

    public string DirectionReason { get; }

    public string LevelReason { get; }

    public string PhaseReason { get; }

    public string CombinationReason { get; }

    public string TableReason { get; }

    public IReadOnlyList<string> GeneralReasons { get; }

    /// <summary>Why the review ties this agent to its "specific for" markers, as one sentence.</summary>
    public string SpecificBasis { get; }

    /// <summary>Evidence, level basis and caveats: the part of the rationale that is the same for every patient.</summary>
    public string EvidenceText { get; }

    public string GeneralRationaleWithoutFindings { get; }

    public string GeneralRationaleWithFindings { get; }

    public MatchTextCache Texts { get; } = new();

    /// <summary>One number that orders options exactly as the policy keys do, in policy order; Table 1 order makes it unique.</summary>
    public long SortKey(OptionRelevance relevance)
    {
        long key = Direction == OptionDirection.Supports ? 0 : 1;
        key = (key * RelevanceCount) + (int)relevance;
        key = (key * LevelCount) + (int)Agent.EvidenceLevel;
        key = (key * PhaseCount) + PhaseOrder;
        key = (key * 2) + (Combines ? 0 : 1);
        return (key * TableOrderLimit) + Agent.TableOrder;
    }

    public string[] Reasons(string relevanceReason) =>
        [DirectionReason, relevanceReason, LevelReason, PhaseReason, CombinationReason, TableReason];
}
