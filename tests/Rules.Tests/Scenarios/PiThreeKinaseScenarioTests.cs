namespace CdsService.Rules.Tests.Scenarios;

using CdsService.Rules.Engine;
using CdsService.Rules.Model;
using CdsService.Rules.Tests.Ranking;

/// <summary>
/// Patients whose findings hyperactivate PI3K-Akt ("Hyperactivation of PI3K-Akt pathway" [16], [18], [60]; "Inhibition
/// of downstream PI3K-Akt-mTOR signaling" [102]-[105]), under both lenses of ranking policy 2.0. Review lens: direction,
/// relevance, level, phase, combination, row. Current lens: the same with the availability tier after direction
/// (tier 1 pertuzumab, lapatinib, T-DM1; tier 2 cetuximab, RAD001, Aromasin, bevacizumab, Rapamune, GRN163L; the rest
/// tier 3). Mechanism sets are each agent's own (docs/clinical-rules.md), not Table 1's class column.
/// </summary>
public sealed class PiThreeKinaseScenarioTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    /// <summary>
    /// PTEN loss, review lens. Specific, as the review ties them to PTEN loss: RAD001 ([105], B) and tanespimycin
    /// ([119], B; Akt is an HSP90 client [109], [110]), then the C rows by phase: XL147 and NVP-AUY922 (I-II), MK2206,
    /// AP23573, alvespimycin (I). Mechanism: T-DM1, whose set has every mechanism but epitope loss. Aromasin, E1A and
    /// GRN163L have no mechanism (misfiled or unexplained in Table 1), so they are general. Against: perifosine
    /// (mechanism) before bevacizumab (general).
    /// </summary>
    public static readonly string[] PtenLossReview =
    [
        "rad001", "tanespimycin", "xl147", "nvp-auy922", "mk2206", "ap23573", "alvespimycin",
        "trastuzumab-dm1",
        "pertuzumab", "lapatinib", "aromasin", "cetuximab", "rapamune", "mdx-h210", "2b1", "autovac", "erbb2-vaccine", "e1a",
        "grn163l", "nvp-aew541",
        "perifosine", "bevacizumab",
    ];

    /// <summary>
    /// PTEN loss, current lens. Tier 1: all general, by level: pertuzumab and lapatinib (A), then T-DM1 (B). The EMILIA
    /// biomarker analysis (2016) found T-DM1's benefit whatever the PI3K-pathway status, so PTEN loss is set aside as a
    /// reason to choose T-DM1 and never moves it above the first-line standard (knowledge base 2.2.0; in 2.1.0 T-DM1 led
    /// by mechanism). Tier 2: RAD001 first by level (B), set aside too (BOLERO-1/-3), then the general rows by level and
    /// phase. Tier 3: the specific rows as in the review lens, then the general ones. Against: bevacizumab (tier 2)
    /// before perifosine (tier 3).
    /// </summary>
    public static readonly string[] PtenLossCurrent =
    [
        "pertuzumab", "lapatinib", "trastuzumab-dm1",
        "rad001", "aromasin", "cetuximab", "rapamune", "grn163l",
        "tanespimycin", "xl147", "nvp-auy922", "mk2206", "ap23573", "alvespimycin",
        "mdx-h210", "2b1", "autovac", "erbb2-vaccine", "e1a", "nvp-aew541",
        "bevacizumab", "perifosine",
    ];

    [Fact]
    public void Evaluate_PtenLoss_BothLenses()
    {
        var current = fixture.Evaluate(PanelBuilder.Her2Positive().Pten(PtenStatus.Loss));
        var review = fixture.Evaluate(PanelBuilder.Her2Positive().Pten(PtenStatus.Loss), RankingLens.Review);

        Assert.Equal(PtenLossCurrent, EngineFixture.AgentOrder(current));
        Assert.Equal(PtenLossReview, EngineFixture.AgentOrder(review));
        Assert.Equal(["pten-loss"], current.Findings.Select(f => f.Id));
        Assert.Equal(
            "relevance: specific (PTEN loss); matched by the review's 2011 markers and mechanisms; PTEN loss is not a basis for choosing "
            + "this agent (BOLERO-1/-3 biomarker analysis, 2016)",
            review.Options[0].RankReasons[1]);
        Assert.Equal("pertuzumab", current.TopAvailableOption!.AgentId);
        Assert.Equal(
            "relevance: general (not matched in this lens: PTEN loss is not a basis for choosing this agent "
            + "(EMILIA biomarker analysis, 2016))",
            current.Options.Single(o => o.AgentId == "trastuzumab-dm1").RankReasons[2]);
        // The review lens puts RAD001 (approved only for another use) first among the agents available today.
        Assert.Equal("rad001", review.TopAvailableOption!.AgentId);
    }

    [Fact]
    public void Evaluate_PtenLoss_Rad001ShowsEveryDatedNoteIncludingTheHer2PositiveTrial()
    {
        var rad001 = fixture.Evaluate(PanelBuilder.Her2Positive().Pten(PtenStatus.Loss)).Options.Single(o => o.AgentId == "rad001");

        Assert.Equal(fixture.Engine.KnowledgeBase.CurrencyFor("rad001").Count, rad001.Currency.Count);
        Assert.Contains(rad001.Currency, n => n.Note.Contains("BOLERO-3", StringComparison.Ordinal));
        Assert.Equal(2, rad001.Availability.Tier);
    }

    /// <summary>
    /// PIK3CA H1047R, an activating hotspot the review names. Review lens: specific are the rows the review ties to
    /// mutant PIK3CA, XL147 and MK2206 [102] and the HSP90 inhibitors, with tanespimycin (B) first; RAD001 and AP23573,
    /// whose text is about PTEN loss [105], are mechanism matches with T-DM1. Current lens: the tier-1 agents in their
    /// general order (the PIK3CA match of T-DM1 is set aside, EMILIA 2016), tanespimycin (development stopped in 2010)
    /// drops to tier 3.
    /// </summary>
    [Fact]
    public void Evaluate_Pik3caH1047R_BothLenses()
    {
        var panel = PanelBuilder.Her2Positive().Pik3ca(Pik3caStatus.Mutated, "NM_006218.4:p.His1047Arg");

        Assert.Equal(
            [
                "tanespimycin", "xl147", "nvp-auy922", "mk2206", "alvespimycin",
                "rad001", "trastuzumab-dm1", "ap23573",
                "pertuzumab", "lapatinib", "aromasin", "cetuximab", "rapamune", "mdx-h210", "2b1", "autovac", "erbb2-vaccine", "e1a",
                "grn163l", "nvp-aew541",
                "perifosine", "bevacizumab",
            ],
            EngineFixture.AgentOrder(fixture.Evaluate(panel, RankingLens.Review)));
        var current = fixture.Evaluate(panel);
        Assert.Equal(
            [
                "pertuzumab", "lapatinib", "trastuzumab-dm1",
                "rad001", "aromasin", "cetuximab", "rapamune", "grn163l",
                "tanespimycin", "xl147", "nvp-auy922", "mk2206", "alvespimycin", "ap23573",
                "mdx-h210", "2b1", "autovac", "erbb2-vaccine", "e1a", "nvp-aew541",
                "bevacizumab", "perifosine",
            ],
            EngineFixture.AgentOrder(current));
        Assert.Contains("H1047R (a hotspot the review names)", current.Findings.Single().Summary, StringComparison.Ordinal);
    }

    /// <summary>
    /// PIK3CA I391M, a germline polymorphism: not an activating mutation, so the finding is pik3ca-variant-uncertain,
    /// shown but not re-ranking: both lenses give the no-finding baseline, and nothing says "no findings".
    /// </summary>
    [Fact]
    public void Evaluate_Pik3caPolymorphism_UncertainFindingAndBaselineOrder()
    {
        var panel = PanelBuilder.Her2Positive().Pik3ca(Pik3caStatus.Mutated, "I391M");
        var current = fixture.Evaluate(panel);

        var finding = Assert.Single(current.Findings);
        Assert.Equal(("pik3ca-variant-uncertain", FindingEffect.Uncertain), (finding.Id, finding.Effect));
        Assert.Equal(Table1BaselineOrderTests.CurrentOrder, EngineFixture.AgentOrder(current));
        Assert.Equal(Table1BaselineOrderTests.ReviewOrder, EngineFixture.AgentOrder(fixture.Evaluate(panel, RankingLens.Review)));
        var note = Assert.Single(current.Notes, n => n.Code == "no-resistance-finding");
        Assert.StartsWith("No resistance finding: the findings listed are of reduced benefit or uncertain significance", note.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(VariantClassification.Uncertain, "pik3ca-variant-uncertain")]
    [InlineData(VariantClassification.LikelyBenign, "pik3ca-variant-uncertain")]
    [InlineData(VariantClassification.Pathogenic, "pik3ca-mutation")]
    [InlineData(VariantClassification.LikelyPathogenic, "pik3ca-mutation")]
    public void Evaluate_NonHotspotVariant_TheLaboratoryClassificationDecides(VariantClassification classification, string expected) =>
        Assert.Equal(
            [expected],
            fixture.Evaluate(PanelBuilder.Her2Positive().Pik3ca(Pik3caStatus.Mutated, classification, "K111N")).Findings.Select(f => f.Id));

    /// <summary>
    /// PTEN loss with an activating PIK3CA mutation: the review states that the two are mutually exclusive [61]; the
    /// warning quotes it, adds that later series found co-occurrence, and both findings stay. Every PIK3CA-specific row
    /// is also PTEN-specific, so the order is the PTEN-loss order under each lens.
    /// </summary>
    [Fact]
    public void Evaluate_PtenLossWithPik3caMutation_KeepsBothFindingsAndWarns()
    {
        var panel = PanelBuilder.Her2Positive().Pten(PtenStatus.Loss).Pik3ca(Pik3caStatus.Mutated, "E545K");
        var evaluation = fixture.Evaluate(panel);

        Assert.Equal(PtenLossCurrent, EngineFixture.AgentOrder(evaluation));
        Assert.Equal(PtenLossReview, EngineFixture.AgentOrder(fixture.Evaluate(panel, RankingLens.Review)));
        Assert.Equal(["pten-loss", "pik3ca-mutation"], evaluation.Findings.Select(f => f.Id));
        Assert.Equal(["pten-pik3ca-co-occurrence", "preclinical-evidence", "review-currency"], evaluation.Warnings.Select(w => w.Code));
        Assert.Equal(["pten-loss", "pik3ca-mutation"], evaluation.Options.Single(o => o.AgentId == "xl147").MatchedFindings);
    }

    /// <summary>
    /// Src activated (pi3k-hyperactivation, reduced-receptor-downregulation [16], [66]) after progression on
    /// trastuzumab. No row is tied to Src: the PI3K/Akt/mTOR inhibitors, the HSP90 inhibitors and T-DM1 are mechanism
    /// matches. "Progressed" alone is not called acquired resistance: the note says either is possible. The history
    /// never changes the order.
    /// </summary>
    [Fact]
    public void Evaluate_ProgressedWithSrcActivated_MechanismMatchesAndTypeUnknownNote()
    {
        var panel = PanelBuilder.Her2Positive().Src(SrcActivity.Activated).History(TrastuzumabHistory.Progressed);
        var evaluation = fixture.Evaluate(panel);

        Assert.Equal(
            [
                "rad001", "tanespimycin", "trastuzumab-dm1", "xl147", "nvp-auy922", "mk2206", "ap23573", "alvespimycin",
                "pertuzumab", "lapatinib", "aromasin", "cetuximab", "rapamune", "mdx-h210", "2b1", "autovac", "erbb2-vaccine", "e1a",
                "grn163l", "nvp-aew541",
                "perifosine", "bevacizumab",
            ],
            EngineFixture.AgentOrder(fixture.Evaluate(panel, RankingLens.Review)));
        Assert.Equal(
            [
                "trastuzumab-dm1", "pertuzumab", "lapatinib",
                "rad001", "aromasin", "cetuximab", "rapamune", "grn163l",
                "tanespimycin", "xl147", "nvp-auy922", "mk2206", "ap23573", "alvespimycin",
                "mdx-h210", "2b1", "autovac", "erbb2-vaccine", "e1a", "nvp-aew541",
                "bevacizumab", "perifosine",
            ],
            EngineFixture.AgentOrder(evaluation));
        Assert.Equal(["her2-backbone", "later-her2-options", "resistance-type-unknown"], evaluation.Notes.Select(n => n.Code));
        Assert.Equal(
            EngineFixture.AgentOrder(evaluation),
            EngineFixture.AgentOrder(fixture.Evaluate(PanelBuilder.Her2Positive().Src(SrcActivity.Activated))));
    }
}
