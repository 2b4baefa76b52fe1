namespace CdsService.Rules.Tests.Ranking;

using CdsService.Rules.Engine;
using CdsService.Rules.Model;
using static RankingCases;

/// <summary>One test per policy key (ranking policy 2.0): two rows equal in every earlier key, different in this one.</summary>
public sealed class OptionRankerTieBreakTests
{
    private static readonly string[] Pi3k = ["pi3k-hyperactivation"];
    private static readonly string[] Immune = ["immune-evasion"];

    [Fact]
    public void Rank_LevelXWithSpecificMatch_StaysAfterEverySupportingRow()
    {
        var agents = new[] { Agent("against", 1, EvidenceLevel.X, specificFor: ["pten"]), Agent("preclinical", 2, EvidenceLevel.D, "Preclinical", "", tier: 3) };

        Assert.Equal(["preclinical", "against"], Order(agents, PtenLoss));
    }

    [Fact]
    public void Rank_CurrentLens_Tier1BeforeTier2BeforeTier3_EvenAgainstASpecificMatch()
    {
        var agents = new[]
        {
            Agent("tier3-specific-b", 1, EvidenceLevel.B, specificFor: ["pten"], tier: 3),
            Agent("tier2-general-c", 2, EvidenceLevel.C, tier: 2),
            Agent("tier1-general-c", 3, EvidenceLevel.C, tier: 1),
        };

        Assert.Equal(["tier1-general-c", "tier2-general-c", "tier3-specific-b"], Order(agents, RankingLens.Current, PtenLoss));
    }

    [Fact]
    public void Rank_ReviewLens_IgnoresTheTier()
    {
        var agents = new[]
        {
            Agent("tier3-specific-b", 1, EvidenceLevel.B, specificFor: ["pten"], tier: 3),
            Agent("tier2-general-c", 2, EvidenceLevel.C, tier: 2),
            Agent("tier1-general-c", 3, EvidenceLevel.C, tier: 1),
        };

        Assert.Equal(["tier3-specific-b", "tier2-general-c", "tier1-general-c"], Order(agents, RankingLens.Review, PtenLoss));
    }

    [Fact]
    public void Rank_SameTier_SpecificMatch_BeatsHigherLevel()
    {
        var agents = new[] { Agent("level-a", 1, EvidenceLevel.A), Agent("specific-c", 2, EvidenceLevel.C, specificFor: ["pten"]) };

        Assert.Equal(["specific-c", "level-a"], Order(agents, PtenLoss));
    }

    [Fact]
    public void Rank_MechanismMatch_BeatsGeneralButNotSpecific()
    {
        var agents = new[]
        {
            Agent("general-a", 1, EvidenceLevel.A),
            Agent("mechanism-d", 2, EvidenceLevel.D, mechanisms: Pi3k),
            Agent("specific-d", 3, EvidenceLevel.D, specificFor: ["pten"]),
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
        var agents = new[] { Agent("general-a", 1, EvidenceLevel.A), Agent("all-c", 2, mechanisms: [.. MechanismIds.All], specificFor: ["serumHer2Ecd"]) };

        Assert.Equal(["general-a", "all-c"], Order(agents, SerumEcd));
        Assert.Equal(OptionRelevance.General, Option(agents, "all-c", SerumEcd).Relevance);
    }

    [Fact]
    public void Rank_UncertainPik3caVariant_ChangesNoOrder()
    {
        // A PIK3CA variant not known to be activating (I391M, a VUS) is shown but must not re-rank anything.
        var agents = new[] { Agent("general-a", 1, EvidenceLevel.A), Agent("pi3k-specific-c", 2, mechanisms: Pi3k, specificFor: ["pik3ca"]) };

        Assert.Equal(["general-a", "pi3k-specific-c"], Order(agents, Pik3caUncertain));
    }

    [Fact]
    public void Rank_ReducedBenefitFinding_MakesImmuneAgentsRelevant()
    {
        var agents = new[] { Agent("general-a", 1, EvidenceLevel.A), Agent("immune-c", 2, mechanisms: Immune) };

        Assert.Equal(["immune-c", "general-a"], Order(agents, FcgrLow));
    }

    [Fact]
    public void Rank_AgentWithoutMechanisms_MatchesNoMechanism()
    {
        var agents = new[] { Agent("none", 1) };

        Assert.Equal(OptionRelevance.General, Option(agents, "none", PtenLoss, Erbb3, FcgrLow).Relevance);
    }

    [Fact]
    public void Rank_ExcludedFinding_DoesNotMatchThroughItsMechanism()
    {
        // An antibody against the extracellular domain cannot address p95HER2, which lacks it, although p95's
        // alternative-receptor mechanism is in the antibody's set.
        var agents = new[] { Agent("antibody", 1, mechanisms: ["alternative-rtk-signaling"], excluded: ["p95her2-present"]) };

        var option = Option(agents, "antibody", P95);

        Assert.Equal(OptionRelevance.General, option.Relevance);
        Assert.Empty(option.MatchedFindings);
        Assert.StartsWith("General: not matched to this patient's p95HER2 present. Mechanism basis of antibody.", option.Rationale, StringComparison.Ordinal);
        // The test finding carries no dated note, so no later-evidence caveat follows the service's reading of the review.
        Assert.Equal("relevance: general (by the service's reading of the review it cannot address p95HER2 present)", option.RankReasons[2]);
    }

    [Fact]
    public void Rank_ExcludedFindingBesideAMatchedOne_MatchesOnlyTheOther()
    {
        var agents = new[] { Agent("antibody", 1, mechanisms: ["alternative-rtk-signaling"], excluded: ["p95her2-present"]) };

        var option = Option(agents, "antibody", P95, Erbb3);

        Assert.Equal(OptionRelevance.Mechanism, option.Relevance);
        Assert.Equal(["erbb3-overexpression"], option.MatchedFindings);
        Assert.Contains("Not matched to this patient's p95HER2 present: by the service's reading of the review ANTIBODY cannot address it", option.Rationale, StringComparison.Ordinal);
    }
}
