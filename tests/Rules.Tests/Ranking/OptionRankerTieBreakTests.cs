namespace CdsService.Rules.Tests.Ranking;

using CdsService.Rules.Engine;
using static RankingCases;

/// <summary>One test per policy key (evidence-levels.md): two rows equal in every earlier key, different in this one.</summary>
public sealed class OptionRankerTieBreakTests
{
    [Fact]
    public void Rank_LevelXWithSpecificMatch_StaysAfterEverySupportingRow()
    {
        var agents = new[] { Agent("against", 1, EvidenceLevel.X, specificFor: "pten"), Agent("preclinical", 2, EvidenceLevel.D, "Preclinical", "") };

        Assert.Equal(["preclinical", "against"], Order(agents, PtenLoss));
    }

    [Fact]
    public void Rank_SpecificMatch_BeatsHigherLevel()
    {
        var agents = new[] { Agent("level-a", 1, EvidenceLevel.A), Agent("specific-c", 2, EvidenceLevel.C, specificFor: "pten") };

        Assert.Equal(["specific-c", "level-a"], Order(agents, PtenLoss));
    }

    [Fact]
    public void Rank_MechanismMatch_BeatsGeneralButNotSpecific()
    {
        var agents = new[]
        {
            Agent("general-a", 1, EvidenceLevel.A),
            Agent("mechanism-d", 2, EvidenceLevel.D, mechanismTargeted: "Downstream signaling"),
            Agent("specific-d", 3, EvidenceLevel.D, specificFor: "pten"),
        };

        Assert.Equal(["specific-d", "mechanism-d", "general-a"], Order(agents, PtenLoss));
    }

    [Fact]
    public void Rank_SameRelevance_LevelAFirstThenBCD()
    {
        var agents = new[]
        {
            Agent("d", 1, EvidenceLevel.D), Agent("c", 2, EvidenceLevel.C), Agent("b", 3, EvidenceLevel.B), Agent("a", 4, EvidenceLevel.A),
        };

        Assert.Equal(["a", "b", "c", "d"], Order(agents));
    }

    [Fact]
    public void Rank_SameLevel_PhaseIIIThenIIThenIIIThenIThenPreclinical()
    {
        var agents = new[]
        {
            Agent("preclinical", 1, phase: "Preclinical"), Agent("i", 2, phase: "I"), Agent("i-ii", 3, phase: "I-II"),
            Agent("ii", 4, phase: "II"), Agent("iii", 5, phase: "III"),
        };

        Assert.Equal(["iii", "ii", "i-ii", "i", "preclinical"], Order(agents));
    }

    [Fact]
    public void Rank_SamePhase_AnyYesCombinationBeforeNone()
    {
        var agents = new[] { Agent("none", 1, combination: ""), Agent("yes-paclitaxel", 2, combination: "Yes, Paclitaxel") };

        Assert.Equal(["yes-paclitaxel", "none"], Order(agents));
    }

    [Fact]
    public void Rank_AllKeysEqual_Table1Order()
    {
        var agents = new[] { Agent("third", 3), Agent("first", 1), Agent("second", 2) };

        Assert.Equal(["first", "second", "third"], Order(agents));
    }

    [Fact]
    public void Rank_UncertainFinding_DoesNotMakeAnAgentRelevant()
    {
        var agents = new[] { Agent("general-a", 1, EvidenceLevel.A), Agent("all-class-c", 2, mechanismTargeted: "All", specificFor: "serumHer2Ecd") };

        Assert.Equal(["general-a", "all-class-c"], Order(agents, SerumEcd));
        Assert.Equal(OptionRelevance.General, Option(agents, "all-class-c", SerumEcd).Relevance);
    }

    [Fact]
    public void Rank_ReducedBenefitFinding_MakesImmuneClassRelevant()
    {
        var agents = new[] { Agent("general-a", 1, EvidenceLevel.A), Agent("immune-c", 2, mechanismTargeted: "Immune") };

        Assert.Equal(["immune-c", "general-a"], Order(agents, FcgrLow));
    }

    [Fact]
    public void Rank_AngiogenesisClass_CoversNoMechanism()
    {
        var agents = new[] { Agent("angiogenesis", 1, mechanismTargeted: "Angiogenesis") };

        Assert.Equal(OptionRelevance.General, Option(agents, "angiogenesis", PtenLoss, Erbb3, FcgrLow).Relevance);
    }
}
