namespace CdsService.Rules.Tests.Ranking;

using CdsService.Rules.Engine;
using CdsService.Rules.KnowledgeBase;
using CdsService.Rules.Model;
using CdsService.Rules.Ranking;
using static RankingCases;

public sealed class OptionRankerTests
{
    private static readonly AgentDefinition[] Agents =
    [
        Agent("hsp90", 1, EvidenceLevel.B, mechanisms: [.. MechanismIds.All], specificFor: ["pten"]),
        Agent("mtor", 2, EvidenceLevel.C, phase: "I", mechanisms: ["pi3k-hyperactivation"]),
        Agent("vaccine", 3, EvidenceLevel.C, combination: "", mechanisms: ["immune-evasion"]),
    ];

    private const string Availability1 =
        "availability: tier 1, approved for HER2-positive breast cancer (an indication), as of 2024-06, verified; dated knowledge from outside the review";

    [Fact]
    public void Rank_Ranks_AreOneToCountInOrder() =>
        Assert.Equal([1, 2, 3], new OptionRanker(Agents, _ => []).Rank([PtenLoss]).Select(o => o.Rank));

    [Fact]
    public void Rank_SpecificAndClassMatches_ListsFindingsInFindingOrderAndMechanisms()
    {
        var option = Option(Agents, "hsp90", PtenLoss, Erbb3);

        Assert.Equal(OptionRelevance.Specific, option.Relevance);
        Assert.Equal(["pten-loss", "erbb3-overexpression"], option.MatchedFindings);
        Assert.Equal(["pi3k-hyperactivation", "alternative-rtk-signaling"], option.MatchedMechanisms);
    }

    [Fact]
    public void Rank_SpecificAgent_GivesOneReasonPerPolicyKey()
    {
        var option = Option(Agents, "hsp90", PtenLoss, Erbb3);

        Assert.Equal(
            [
                "direction: supports", Availability1, "relevance: specific (PTEN loss)", "level: B (basis: Level basis of hsp90)", "phase: II",
                "combination with trastuzumab: yes", "Table 1 row 1",
            ],
            option.RankReasons);
    }

    [Fact]
    public void Rank_ReviewLens_GivesAvailabilityLastAsNotAKey()
    {
        var option = Option(Agents, "hsp90", RankingLens.Review, PtenLoss);

        Assert.Equal(
            [
                "direction: supports", "relevance: specific (PTEN loss)", "level: B (basis: Level basis of hsp90)", "phase: II",
                "combination with trastuzumab: yes", "Table 1 row 1", Availability1 + " (not a ranking key in the review lens)",
            ],
            option.RankReasons);
    }

    [Fact]
    public void Rank_SpecificAgent_RationaleSaysWhatMatchedWhyItsLevelAndItsCaveats()
    {
        var option = Option(Agents, "hsp90", PtenLoss, Erbb3);

        Assert.Equal(
            "Specific: matched this patient's PTEN loss. Specific basis of hsp90. Its mechanism set also covers "
            + "PI3K-Akt hyperactivation, alternative growth factor receptor signalling (ERBB3 (HER3) overexpression). Evidence: Evidence of hsp90. "
            + "Level B: Level basis of hsp90. Caveats: Caveat of hsp90.",
            option.Rationale);
    }

    [Fact]
    public void Rank_MechanismAgent_ReasonAndRationaleNameTheCoveredMechanism()
    {
        var option = Option(Agents, "mtor", PtenLoss);

        Assert.Equal(OptionRelevance.Mechanism, option.Relevance);
        Assert.Equal("relevance: mechanism (PI3K-Akt hyperactivation)", option.RankReasons[2]);
        Assert.Equal(["pten-loss"], option.MatchedFindings);
        Assert.Equal(["pi3k-hyperactivation"], option.MatchedMechanisms);
        Assert.StartsWith(
            "Mechanism: its mechanism set covers PI3K-Akt hyperactivation, found in this patient's PTEN loss; "
            + "the review does not tie MTOR to these markers. Mechanism basis of mtor. Evidence:",
            option.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_ClinicianTextUsesLabels_MachineFieldsKeepIds()
    {
        var option = Option(Agents, "hsp90", PtenLoss, Erbb3);

        Assert.Equal(["pten-loss", "erbb3-overexpression"], option.MatchedFindings);
        Assert.Equal(["pi3k-hyperactivation", "alternative-rtk-signaling"], option.MatchedMechanisms);
        foreach (var id in option.MatchedFindings.Concat(option.MatchedMechanisms))
        {
            Assert.DoesNotContain(id, option.Rationale, StringComparison.Ordinal);
            Assert.All(option.RankReasons, r => Assert.DoesNotContain(id, r, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Rank_GeneralAgentWithoutFindings_SaysSoAndMatchesNothing()
    {
        var option = Option(Agents, "vaccine");

        Assert.Equal(OptionRelevance.General, option.Relevance);
        Assert.Empty(option.MatchedFindings);
        Assert.Empty(option.MatchedMechanisms);
        Assert.Equal(
            "General: this patient has no resistance or reduced-benefit finding, so no option is matched to one. "
            + "Evidence: Evidence of vaccine. Level C: Level basis of vaccine. Caveats: Caveat of vaccine.",
            option.Rationale);
        Assert.Equal(
            [
                "direction: supports", Availability1, "relevance: general", "level: C (basis: Level basis of vaccine)", "phase: II",
                "combination with trastuzumab: no", "Table 1 row 3",
            ],
            option.RankReasons);
    }

    [Fact]
    public void Rank_SameFindingsTwice_SameOrderAndContent()
    {
        var ranker = new OptionRanker(Agents, _ => []);

        var first = ranker.Rank([Erbb3, FcgrLow]);
        var second = ranker.Rank([Erbb3, FcgrLow]);

        Assert.Equal(first.Select(o => o.AgentId), second.Select(o => o.AgentId));
        Assert.Equal(first.Select(o => o.Rationale), second.Select(o => o.Rationale));
    }

    [Fact]
    public void Rank_RepeatedPattern_SameTextsAsAFreshRanker()
    {
        var used = new OptionRanker(Agents, _ => []);
        _ = used.Rank([PtenLoss, Erbb3, FcgrLow]);

        var again = used.Rank([PtenLoss, Erbb3, FcgrLow]);
        var fresh = new OptionRanker(Agents, _ => []).Rank([PtenLoss, Erbb3, FcgrLow]);

        Assert.Equal(fresh.Select(o => o.Rationale), again.Select(o => o.Rationale));
        Assert.Equal(fresh.SelectMany(o => o.RankReasons), again.SelectMany(o => o.RankReasons));
        Assert.Equal(fresh.SelectMany(o => o.MatchedFindings), again.SelectMany(o => o.MatchedFindings));
    }

    [Fact]
    public void Rank_SameFindingsInAnotherOrder_ListsThemInTheOrderGiven()
    {
        var ranker = new OptionRanker(Agents, _ => []);

        var canonical = ranker.Rank([PtenLoss, Erbb3]).Single(o => o.AgentId == "hsp90");
        var reversed = ranker.Rank([Erbb3, PtenLoss]).Single(o => o.AgentId == "hsp90");

        Assert.Equal(["pten-loss", "erbb3-overexpression"], canonical.MatchedFindings);
        Assert.Equal(["erbb3-overexpression", "pten-loss"], reversed.MatchedFindings);
    }

    [Fact]
    public void Rank_SharedOptionLists_CannotBeModified()
    {
        var option = Option(Agents, "hsp90", PtenLoss);

        Assert.False(option.RankReasons is string[]);
        Assert.False(option.MatchedFindings is string[]);
    }

    [Fact]
    public void Rank_AgentsGivenInAnyOrder_SameRanking() =>
        Assert.Equal(Order(Agents, FcgrLow), Order([.. Agents.Reverse()], FcgrLow));

    [Fact]
    public void Rank_CurrencyNotes_AreAllThoseGivenForTheAgent()
    {
        CurrencyNote[] notes = [new("a", "2013-02-22", "Approved.", null, true, []), new("b", "2019-05-03", "Adjuvant.", "Use it.", true, [])];

        var options = new OptionRanker(Agents, id => id == "mtor" ? notes : []).Rank([]);

        Assert.Same(notes, options.Single(o => o.AgentId == "mtor").Currency);
        Assert.Empty(options.Single(o => o.AgentId == "hsp90").Currency);
    }

    [Fact]
    public void Rank_EveryOption_CarriesItsAgentsAvailability() =>
        Assert.All(new OptionRanker(Agents, _ => []).Rank([PtenLoss]), o => Assert.Same(Agents.Single(a => a.Id == o.AgentId).Availability, o.Availability));

    [Fact]
    public void Constructor_UnknownPhase_Throws() =>
        Assert.Throws<ArgumentException>(() => new OptionRanker([Agent("x", 1, phase: "IV")], _ => []));

    [Fact]
    public void Constructor_UnknownMechanism_Throws() =>
        Assert.Throws<ArgumentException>(() => new OptionRanker([Agent("x", 1, mechanisms: ["metabolic"])], _ => []));

    [Fact]
    public void Constructor_UnknownExcludedFinding_Throws() =>
        Assert.Throws<ArgumentException>(() => new OptionRanker([Agent("x", 1, excluded: ["brca1-loss"])], _ => []));

    [Fact]
    public void Constructor_UnknownSpecificMarker_Throws() =>
        Assert.Throws<ArgumentException>(() => new OptionRanker([Agent("x", 1, specificFor: ["brca1"])], _ => []));
}
