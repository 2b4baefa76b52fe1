namespace CdsService.Rules.Tests.KnowledgeBase;

using System.Text.RegularExpressions;
using CdsService.Rules.Engine;
using CdsService.Rules.KnowledgeBase;
using CdsService.Rules.Model;

public sealed partial class EmbeddedKnowledgeBaseTests
{
    private static readonly CdsService.Rules.KnowledgeBase.KnowledgeBase Kb = KnowledgeBaseFixture.Load();

    [Fact]
    public void LoadEmbedded_AllRequiredIds_StampsVersionDateAndPolicy()
    {
        Assert.Equal("2.2.0", Kb.Version);
        Assert.Equal("2026-12-04", Kb.EffectiveDate);
        Assert.Equal("2.1.0", Kb.RankingPolicyVersion);
        Assert.Equal(RequiredIds.Findings.Order(), Kb.Findings.Select(f => f.Id).Order());
        Assert.Equal(RequiredIds.Statements.Order(), Kb.Statements.Select(s => s.Id).Order());
    }

    [Fact]
    public void LoadEmbedded_ReviewMisspellingsKeptWithSic_ArticlesCorrect()
    {
        Assert.All(Kb.Agents.Where(a => a.Source.Contains("Franciso", StringComparison.Ordinal) || a.Source.Contains("Exelisis", StringComparison.Ordinal)),
            a => Assert.EndsWith(" [sic]", a.Source, StringComparison.Ordinal));
        Assert.Equal("Exelisis (San Franciso,CA) [sic]", Kb.Agents.Single(a => a.Id == "xl147").Source);
        Assert.DoesNotContain(Kb.Agents, a => a.MechanismBasis.StartsWith("A Akt", StringComparison.Ordinal) || a.MechanismBasis.StartsWith("A mTOR", StringComparison.Ordinal));
        Assert.StartsWith("An mTOR inhibitor", Kb.Agents.Single(a => a.Id == "rad001").MechanismBasis, StringComparison.Ordinal);
        Assert.Contains("a therapy-eligibility label introduced in 2022 for trastuzumab deruxtecan", Kb.Statement("her2.note.her2-low").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadEmbedded_Aromasin_RelevantOnlyWhenHormoneReceptorPositiveAndNotOffLabelThere()
    {
        var availability = Kb.Agents.Single(a => a.Id == "aromasin").Availability;

        Assert.Equal("ER/HR-positive breast cancer in postmenopausal women (not a HER2-specific indication).", availability.Indication);
        Assert.StartsWith("A standard hormonal drug, approved for hormone-receptor-positive breast cancer in postmenopausal women whatever the HER2 status: "
            + "relevant only when the tumour is hormone-receptor positive, and for such a patient it is used within its approval, not off-label.",
            availability.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadEmbedded_Hash_IsSha256OfTheEmbeddedBytes()
    {
        Assert.Matches(HashPattern(), Kb.Hash);
        Assert.Equal(KnowledgeBaseHash.Compute(KnowledgeBaseFixture.Embedded), Kb.Hash);
        Assert.Equal(Kb.Hash, Kb.Stamp.Hash);
    }

    [Fact]
    public void LoadEmbedded_Source_IsTheProbableUnverifiedReviewIdentity()
    {
        var source = Kb.Stamp.Source;
        Assert.StartsWith("Bailey TA, Luan H, Clubb RJ, Naramura M, Band V, Raja SM, Band H. Mechanisms of Trastuzumab resistance", source.Citation, StringComparison.Ordinal);
        Assert.EndsWith("J Carcinog 2011;10:28.", source.Citation, StringComparison.Ordinal);
        Assert.Equal("10.4103/1477-3163.90442", source.Doi);
        Assert.False(source.Verified);
        Assert.Contains("probable", source.Note, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Agents_AreThe22Table1RowsInTableOrder()
    {
        Assert.Equal(RequiredIds.Agents, Kb.Agents.Select(a => a.Id));
        Assert.Equal(AgentIds.All, Kb.Agents.Select(a => a.Id));
        Assert.Equal(Enumerable.Range(1, 22), Kb.Agents.Select(a => a.TableOrder));
    }

    [Theory]
    [InlineData("pertuzumab", EvidenceLevel.A)]
    [InlineData("cetuximab", EvidenceLevel.C)]
    [InlineData("lapatinib", EvidenceLevel.A)]
    [InlineData("nvp-aew541", EvidenceLevel.D)]
    [InlineData("xl147", EvidenceLevel.C)]
    [InlineData("perifosine", EvidenceLevel.X)]
    [InlineData("mk2206", EvidenceLevel.C)]
    [InlineData("rad001", EvidenceLevel.B)]
    [InlineData("ap23573", EvidenceLevel.C)]
    [InlineData("aromasin", EvidenceLevel.C)]
    [InlineData("nvp-auy922", EvidenceLevel.C)]
    [InlineData("alvespimycin", EvidenceLevel.C)]
    [InlineData("tanespimycin", EvidenceLevel.B)]
    [InlineData("trastuzumab-dm1", EvidenceLevel.B)]
    [InlineData("bevacizumab", EvidenceLevel.X)]
    [InlineData("mdx-h210", EvidenceLevel.C)]
    [InlineData("2b1", EvidenceLevel.C)]
    [InlineData("erbb2-vaccine", EvidenceLevel.C)]
    [InlineData("autovac", EvidenceLevel.C)]
    [InlineData("rapamune", EvidenceLevel.C)]
    [InlineData("e1a", EvidenceLevel.C)]
    [InlineData("grn163l", EvidenceLevel.C)]
    public void Agent_EvidenceLevel_IsAsInEvidenceLevelsMd(string agentId, EvidenceLevel expected) =>
        Assert.Equal(expected, Kb.AgentsById[agentId].EvidenceLevel);

    [Theory]
    [InlineData("pertuzumab", "1298944")]
    [InlineData("lapatinib", "480167")]
    [InlineData("cetuximab", "318341")]
    [InlineData("rad001", "141704")]
    [InlineData("aromasin", "258494")]
    [InlineData("bevacizumab", "253337")]
    [InlineData("trastuzumab-dm1", "1371041")]
    [InlineData("rapamune", "35302")]
    public void Agent_RxNorm_IsTheFhirCodesMdCode(string agentId, string rxcui) =>
        Assert.Equal(rxcui, Kb.AgentsById[agentId].RxNorm);

    [Fact]
    public void Agents_WithoutAFhirCodesMdCode_HaveNoRxNorm() =>
        Assert.Equal(14, Kb.Agents.Count(a => a.RxNorm is null));

    [Theory]
    [InlineData("nvp-auy922", "NVP-AUY922", "Novartis (New York, NY)", "Yes", "The table prints NYP-AUY922; the agent is NVP-AUY922")]
    [InlineData("aromasin", "Aromasin", "GlaxoSmithKline (Research Triangle Park, NC", "Yes", "Aromasin (exemestane) is a Pfizer product, not GlaxoSmithKline")]
    [InlineData("rapamune", "Rapamune", "Genentech (San Francisoo,CA) [sic]", "Yes", "Rapamune (sirolimus) is not a Genentech product")]
    [InlineData("perifosine", "Perifosine", "Keryx Biophamaceuticals (New York, NY)", "", "Table 1 leaves combination with trastuzumab empty")]
    [InlineData("trastuzumab-dm1", "Trastuzumab-DM1", "Genentech (San Francisoo,CA) [sic]", "", "Table 1 leaves combination with trastuzumab empty")]
    public void Agent_Table1Columns_AreAsPrintedWithDataQualityNotes(string id, string agent, string source, string combination, string note)
    {
        var a = Kb.AgentsById[id];
        Assert.Equal(agent, a.Agent);
        Assert.Equal(source, a.Source);
        Assert.Equal(combination, a.CombinationWithTrastuzumab);
        Assert.Contains(note, a.DataQualityNotes);
    }

    [Fact]
    public void Xl147_Caveat_CitesRtkUpregulationRef103()
    {
        var xl147 = Kb.AgentsById["xl147"];
        Assert.Contains(xl147.Caveats, c => c.Contains("[103]", StringComparison.Ordinal));
        Assert.Contains(xl147.Citations, c => c.Ref == 103);
    }

    [Theory]
    [InlineData("pten-loss", FindingEffect.Resistance, "pten", "pi3k-hyperactivation")]
    [InlineData("pik3ca-mutation", FindingEffect.Resistance, "pik3ca", "pi3k-hyperactivation")]
    [InlineData("cyclin-e-dysregulation", FindingEffect.Resistance, "cyclinE", "cell-cycle-escape")]
    [InlineData("p27-mislocalization", FindingEffect.Resistance, "p27", "cell-cycle-escape")]
    [InlineData("fcgr-low-affinity", FindingEffect.ReducedBenefit, "fcgr3a158,fcgr2a131", "immune-evasion")]
    [InlineData("serum-her2-ecd-elevated", FindingEffect.Uncertain, "serumHer2Ecd", "epitope-loss")]
    [InlineData("p95her2-present", FindingEffect.Resistance, "p95Her2", "epitope-loss,alternative-rtk-signaling")]
    [InlineData("egfr-overexpression", FindingEffect.Resistance, "egfr", "alternative-rtk-signaling,pi3k-hyperactivation")]
    [InlineData("erbb3-overexpression", FindingEffect.Resistance, "erbb3", "alternative-rtk-signaling,pi3k-hyperactivation")]
    [InlineData("igf1r-overexpression", FindingEffect.Resistance, "igf1r", "alternative-rtk-signaling,pi3k-hyperactivation")]
    [InlineData("muc4-overexpression", FindingEffect.Resistance, "muc4", "epitope-loss")]
    [InlineData("cd44-overexpression", FindingEffect.Resistance, "cd44", "epitope-loss")]
    [InlineData("src-activation", FindingEffect.Resistance, "src", "pi3k-hyperactivation,reduced-receptor-downregulation")]
    public void Finding_InputsMechanismsAndEffect_AreAsInTheEvidenceMap(string id, FindingEffect effect, string inputs, string mechanisms)
    {
        var f = Kb.Finding(id);
        Assert.Equal(effect, f.Effect);
        Assert.Equal(inputs.Split(','), f.Inputs);
        Assert.Equal(mechanisms.Split(','), f.Mechanisms);
    }

    [Fact]
    public void Mechanisms_AreExactlyTheSixVocabularyIds() =>
        Assert.Equal(MechanismIds.All, Kb.Mechanisms.Select(m => m.Id));

    [Fact]
    public void AlsoDiscussed_AreNeratinibSorafenibErtumaxomab_NeverTable1() =>
        Assert.Equal(["neratinib", "sorafenib", "ertumaxomab"], Kb.AlsoDiscussed.Select(a => a.Id));

    [Fact]
    public void EvidenceLevels_AreAToXWithApproximateCrosswalk()
    {
        Assert.Equal(Enum.GetValues<EvidenceLevel>(), Kb.EvidenceLevels.Select(l => l.Level));
        Assert.All(Kb.EvidenceLevels, l => Assert.StartsWith("approximate:", l.Crosswalk, StringComparison.Ordinal));
        Assert.All(Kb.EvidenceLevels, l => Assert.Equal(4, l.CrosswalkSources.Count(c => c.IsExternal && c.Url is not null)));
    }

    [Fact]
    public void SerumEcdThreshold_Is15_WithItsExternalSource()
    {
        Assert.Equal(15d, Kb.SerumHer2EcdThresholdNgPerMl);
        var source = Assert.Single(Kb.SerumHer2EcdThresholdCitations);
        Assert.True(source.IsExternal);
        Assert.Equal("https://pmc.ncbi.nlm.nih.gov/articles/PMC3791951", source.Url);
    }

    [GeneratedRegex("^sha256:[0-9a-f]{64}$")]
    private static partial Regex HashPattern();
}
