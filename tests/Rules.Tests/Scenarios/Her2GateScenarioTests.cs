namespace CdsService.Rules.Tests.Scenarios;

using CdsService.Rules.Engine;
using CdsService.Rules.Model;

/// <summary>
/// The HER2 gate (docs/clinical-rules.md, "The HER2 gate"): trastuzumab is selected by FISH/CISH and/or IHC because response follows
/// ErbB2 protein level (Introduction, [98]); Table 1 addresses refractoriness of ErbB2-driven disease, so options are
/// given only for HER2-positive disease and withheld, with the reason and the HER2 actions, otherwise.
/// </summary>
public sealed class Her2GateScenarioTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    [Fact]
    public void Evaluate_Her2PositiveNoMarkers_BaselineOrderAndNoResistanceNote()
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Her2Positive());

        Assert.Equal(TrastuzumabIndication.Yes, evaluation.Trastuzumab.Indicated);
        Assert.Equal(fixture.Engine.KnowledgeBase.Statement("gate.trastuzumab.positive").Text, evaluation.Trastuzumab.Basis);
        Assert.Empty(evaluation.Findings);
        Assert.Equal(Ranking.Table1BaselineOrderTests.CurrentOrder, EngineFixture.AgentOrder(evaluation));
        Assert.Equal(["her2-backbone", "no-resistance-finding"], evaluation.Notes.Select(n => n.Code));
        Assert.Equal(["review-currency"], evaluation.Warnings.Select(w => w.Code));
        Assert.Equal(
            "No resistance marker was given, so there was nothing to find: no option is matched to this patient. "
            + "The trastuzumab history was not given. If trastuzumab has not yet been given, or the disease is responding on it, "
            + "trastuzumab-based therapy is indicated and the Table 1 options are not yet needed; after progression, HER2-directed therapy remains the backbone and the Table 1 options become relevant. "
            + "Pertuzumab, the first Table 1 row, is today part of first-line HER2-directed therapy with trastuzumab and a taxane (see its availability).",
            evaluation.Notes.Single(n => n.Code == "no-resistance-finding").Text);
        Assert.Equal(["neratinib", "sorafenib", "ertumaxomab"], evaluation.AlsoDiscussed.Select(a => a.Id));
    }

    [Theory]
    [InlineData(TrastuzumabHistory.Progressed, "this patient's disease progressed on trastuzumab (see notes)")]
    [InlineData(TrastuzumabHistory.ProgressedAfterResponse, "this patient's disease progressed on trastuzumab (see notes)")]
    [InlineData(TrastuzumabHistory.NoResponse, "this patient's disease did not respond to trastuzumab (see notes)")]
    public void Evaluate_Her2PositiveAfterProgression_BasisSaysHer2DirectedTherapyRemainsIndicated(TrastuzumabHistory history, string said)
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Her2Positive().History(history));

        Assert.Equal(TrastuzumabIndication.Yes, evaluation.Trastuzumab.Indicated);
        Assert.StartsWith("HER2 positive: HER2-directed therapy remains indicated; " + said, evaluation.Trastuzumab.Basis, StringComparison.Ordinal);
        Assert.DoesNotContain("trastuzumab is indicated", evaluation.Trastuzumab.Basis, StringComparison.Ordinal);
        Assert.NotEmpty(evaluation.Trastuzumab.Citations);
    }

    [Theory]
    [InlineData(TrastuzumabHistory.Progressed)]
    [InlineData(TrastuzumabHistory.ProgressedAfterResponse)]
    [InlineData(TrastuzumabHistory.NoResponse)]
    public void Evaluate_Her2PositiveAfterProgression_NoteCarriesTheLaterHer2AgentsDatedNotes(TrastuzumabHistory history)
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Her2Positive().History(history));

        // Tucatinib, margetuximab and trastuzumab deruxtecan are not in Table 1: their dated notes are shown up front, oldest
        // first, with EMILIA (T-DM1) and NALA (neratinib), which back what the note's text says of those two.
        var note = Assert.Single(evaluation.Notes, n => n.Code == "later-her2-options");
        Assert.Equal(fixture.Engine.KnowledgeBase.Statement("note.later-her2-options").Text, note.Text);
        Assert.Equal(
            [
                "tdm1-emilia-2012", "neratinib-fda-nala-2020-02", "n1-tucatinib-fda-2020-04", "n3-margetuximab-fda-2020-12", "n1-tucatinib-her2climb-final-os-2021-12", "n2-tdxd-her2-positive-2022-05",
                "n3-margetuximab-sophia-final-os-2023", "n2-tdxd-destiny-breast03-long-term-2024",
            ],
            note.Currency.Select(c => c.Id));
        Assert.All(
            note.Currency.Where(c => c.Note.StartsWith("Not in the review", StringComparison.Ordinal)),
            c => Assert.Contains("not in the review", c.ClinicianNote, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(TrastuzumabHistory.Naive)]
    [InlineData(TrastuzumabHistory.Responding)]
    public void Evaluate_Her2PositiveNotProgressed_NoLaterHer2OptionsNote(TrastuzumabHistory history)
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Her2Positive().History(history));

        Assert.DoesNotContain(evaluation.Notes, n => n.Code == "later-her2-options");
    }

    [Fact]
    public void Evaluate_Her2NegativeWithPtenLoss_OptionsWithheldFindingsKept()
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Patient().Ihc(IhcScore.Zero).Pten(PtenStatus.Loss));
        var statement = fixture.Engine.KnowledgeBase.Statement("warning.options-withheld.negative");

        Assert.Equal(Her2Status.Negative, evaluation.Her2.Status);
        Assert.Equal(TrastuzumabIndication.No, evaluation.Trastuzumab.Indicated);
        Assert.Empty(evaluation.Options);
        Assert.Equal(["pten-loss"], evaluation.Findings.Select(f => f.Id));
        var withheld = Assert.Single(evaluation.Warnings, w => w.Code == "options-withheld");
        Assert.Equal(statement.Text + " HER2 status: negative.", withheld.Text);
        Assert.Same(statement.Citations, withheld.Citations);
    }

    [Fact]
    public void Evaluate_Ihc2PlusWithoutIsh_EquivocalOptionsWithheldNamingReflexIsh()
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Patient().Ihc(IhcScore.Two).Pten(PtenStatus.Loss));
        var statement = fixture.Engine.KnowledgeBase.Statement("warning.options-withheld.not-final");

        Assert.Equal(Her2Status.Equivocal, evaluation.Her2.Status);
        Assert.Equal(["reflex-ish"], evaluation.Her2.RequiredActions.Select(a => a.Code));
        Assert.Equal(TrastuzumabIndication.Undetermined, evaluation.Trastuzumab.Indicated);
        Assert.Empty(evaluation.Options);
        Assert.Equal(
            statement.Text + " HER2 status: equivocal. Required HER2 actions: reflex ISH.",
            Assert.Single(evaluation.Warnings, w => w.Code == "options-withheld").Text);
        Assert.DoesNotContain(evaluation.Notes, n => n.Code is "no-resistance-finding" or "her2-backbone");
        Assert.Empty(evaluation.AlsoDiscussed);
    }

    /// <summary>
    /// The laboratory reports HER2 positive but the only score given is IHC 0: no ASCO/CAP version explains it, so a
    /// missing ISH result (IHC 0 with ISH group 1 is positive) or a typo is likelier. Trastuzumab is neither withheld on
    /// the IHC nor given on the report: undetermined until the laboratory answers, the options wait with the reason.
    /// </summary>
    [Fact]
    public void Evaluate_ReportedPositiveWithIhc0Alone_TrastuzumabUndeterminedUntilTheDiscordanceIsResolved()
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Patient().Ihc(IhcScore.Zero).ReportedHer2(Her2Status.Positive).Pten(PtenStatus.Loss));

        Assert.Equal(Her2Status.Indeterminate, evaluation.Her2.Status);
        Assert.Equal(["re-derive"], evaluation.Her2.RequiredActions.Select(a => a.Code));
        Assert.Equal(TrastuzumabIndication.Undetermined, evaluation.Trastuzumab.Indicated);
        Assert.Empty(evaluation.Options);
        Assert.Equal(
            fixture.Engine.KnowledgeBase.Statement("warning.options-withheld.not-final").Text
            + " HER2 status: indeterminate. Required HER2 actions: the IHC score and ISH values from the laboratory.",
            Assert.Single(evaluation.Warnings, w => w.Code == "options-withheld").Text);
        Assert.Contains(evaluation.Her2.Warnings, w => w.Code == "reported-status-differs" && w.Text.EndsWith(" Reported: positive; IHC 0 without ISH.", StringComparison.Ordinal));
        Assert.DoesNotContain(evaluation.Her2.Warnings, w => w.Code is "her2-ultralow-not-assessable" or "her2-zero");
    }

    [Fact]
    public void Evaluate_LaboratoryReportedEquivocalWithoutValues_AsksToReDerive()
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Patient().ReportedHer2(Her2Status.Equivocal));

        Assert.Equal(Her2Status.Equivocal, evaluation.Her2.Status);
        Assert.Equal(["re-derive"], evaluation.Her2.RequiredActions.Select(a => a.Code));
    }

    [Fact]
    public void Evaluate_OnlyAPreliminaryResult_PendingAndNeverPositive()
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Patient().PreliminaryHer2().Pten(PtenStatus.Loss));

        Assert.Equal(Her2Status.Pending, evaluation.Her2.Status);
        Assert.Equal(["await-final-result"], evaluation.Her2.RequiredActions.Select(a => a.Code));
        Assert.Equal(TrastuzumabIndication.Undetermined, evaluation.Trastuzumab.Indicated);
        Assert.Empty(evaluation.Options);
    }

    [Fact]
    public void Evaluate_PreliminaryBesideAFinalResult_FinalDecidesAndThePreliminaryIsNamed()
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Her2Positive().PreliminaryHer2());

        Assert.Equal(Her2Status.Positive, evaluation.Her2.Status);
        Assert.Contains(evaluation.Warnings, w => w.Code == "her2-preliminary-not-used");
    }

    [Theory]
    [InlineData(28.0)]
    [InlineData(6.0)]
    [InlineData(4.5)]
    [InlineData(3.0)]
    public void Evaluate_SingleProbeWithoutIhc_AlwaysAsksForConcurrentIhc(double copies) =>
        Assert.Equal("concurrent-ihc", fixture.Evaluate(PanelBuilder.Patient().SingleProbeIsh(copies)).Her2.RequiredActions[0].Code);

    [Fact]
    public void Evaluate_SingleProbeMiddleWithoutIhc_OffersEitherConcurrentIhcOrDualProbe() =>
        Assert.Equal(
            ["concurrent-ihc", "dual-probe-ish"],
            fixture.Evaluate(PanelBuilder.Patient().SingleProbeIsh(4.5)).Her2.RequiredActions.Select(a => a.Code));

    [Theory]
    [InlineData(IhcScore.One, null, "her2-low")]
    [InlineData(IhcScore.Zero, true, "her2-ultralow")]
    [InlineData(IhcScore.Zero, false, "her2-zero")]
    [InlineData(IhcScore.Zero, null, "her2-ultralow-not-assessable")]
    public void Evaluate_Her2NegativeLabels_AreEligibilityLabelsNotAStatus(IhcScore ihc, bool? staining, string code)
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Patient().Ihc(ihc, staining));

        Assert.Equal(Her2Status.Negative, evaluation.Her2.Status);
        var label = Assert.Single(evaluation.Warnings, w => w.Code.StartsWith("her2-", StringComparison.Ordinal));
        Assert.Equal(code, label.Code);
        Assert.DoesNotContain("HER2-low status", label.Text, StringComparison.OrdinalIgnoreCase);
        if (code is "her2-low" or "her2-ultralow")
        {
            Assert.Contains("not a HER2 status", label.Text, StringComparison.Ordinal);
            Assert.Contains(label.Currency, n => n.Note.Contains("deruxtecan", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Evaluate_NoHer2Given_UnknownAndAsksForHer2Testing()
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Patient().CyclinE(CyclinEStatus.Amplified));

        Assert.Equal(Her2Status.Unknown, evaluation.Her2.Status);
        Assert.Equal(TrastuzumabIndication.Undetermined, evaluation.Trastuzumab.Indicated);
        Assert.Empty(evaluation.Options);
        Assert.EndsWith(
            "Required HER2 actions: HER2 testing.", Assert.Single(evaluation.Warnings, w => w.Code == "options-withheld").Text, StringComparison.Ordinal);
        Assert.Equal(RuleOutcomeKind.NotApplicable, evaluation.Rules.Single(r => r.RuleId == "her2-status").Outcome);
    }

    /// <summary>Serum ECD above the external 15 ng/mL cut-off is an uncertain finding [13]: shown, never re-ranking.</summary>
    [Fact]
    public void Evaluate_Her2PositiveSerumEcdOnly_ShownButBaselineOrder()
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Her2Positive().SerumEcd(32.5));

        var finding = Assert.Single(evaluation.Findings);
        Assert.Equal(("serum-her2-ecd-elevated", FindingEffect.Uncertain), (finding.Id, finding.Effect));
        Assert.Equal(Ranking.Table1BaselineOrderTests.CurrentOrder, EngineFixture.AgentOrder(evaluation));
        Assert.All(evaluation.Options, o => Assert.Empty(o.MatchedFindings));
        Assert.Equal(["her2-backbone", "no-resistance-finding", "serum-ecd-threshold"], evaluation.Notes.Select(n => n.Code));
        Assert.Equal(["preclinical-evidence", "review-currency"], evaluation.Warnings.Select(w => w.Code));
    }

    [Fact]
    public void Evaluate_NaiveWithPtenLoss_PrimaryResistanceNoteAndUnchangedOrder()
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Her2Positive().Pten(PtenStatus.Loss).History(TrastuzumabHistory.Naive));

        Assert.Equal(["her2-backbone", "resistance-primary"], evaluation.Notes.Select(n => n.Code));
        Assert.StartsWith("Trastuzumab-naive with a resistance finding", evaluation.Notes[1].Text, StringComparison.Ordinal);
        Assert.Equal(PiThreeKinaseScenarioTests.PtenLossCurrent, EngineFixture.AgentOrder(evaluation));
    }
}
