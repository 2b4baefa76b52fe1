namespace CdsService.Rules.Tests.Findings.Advisories;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings.Advisories;
using CdsService.Rules.Model;

/// <summary>
/// The wording rules: "no resistance marker was given" only when none was; "no findings" never beside a listed
/// finding; "expected to help" never after progression on trastuzumab.
/// </summary>
public sealed class NoResistanceFindingRuleTests
{
    private readonly NoResistanceFindingRule _rule = new();

    [Fact]
    public void Rule_Metadata_IsANoteWithSevenStatements()
    {
        Assert.Equal("no-resistance-finding", _rule.Id);
        Assert.Equal(AdvisoryKind.Note, _rule.Kind);
        Assert.Equal(7, _rule.StatementIds.Count);
    }

    [Theory]
    [InlineData(Her2Status.Negative)]
    [InlineData(Her2Status.Equivocal)]
    [InlineData(Her2Status.Unknown)]
    public void Evaluate_Her2NotPositive_IsNotApplicable(Her2Status status) =>
        Assert.Equal(RuleOutcomeKind.NotApplicable, _rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Patient(), status)).Outcome);

    [Fact]
    public void Evaluate_NoMarkerGiven_SaysThereWasNothingToFind()
    {
        var result = _rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Her2Positive()));

        Assert.Equal((NoResistanceFindingRule.NoMarkerGiven, NoResistanceFindingRule.HistoryNotGiven), (result.StatementId, result.SecondStatementId));
    }

    [Fact]
    public void Evaluate_OnlyHistoryGiven_StillSaysNoMarkerWasGiven() =>
        Assert.Equal(
            NoResistanceFindingRule.NoMarkerGiven,
            _rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Her2Positive().History(TrastuzumabHistory.Responding))).StatementId);

    [Fact]
    public void Evaluate_MarkersGivenWithoutFinding_SaysTheMarkersShowNone() =>
        Assert.Equal(
            NoResistanceFindingRule.NoneFound,
            _rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Her2Positive().Pten(PtenStatus.Intact))).StatementId);

    [Theory]
    [InlineData("uncertain")]
    [InlineData("reduced-benefit")]
    public void Evaluate_OnlyNonResistanceFindingsListed_NeverSaysNoFindings(string which)
    {
        var finding = which == "uncertain" ? AdvisoryCases.SerumEcd : AdvisoryCases.FcgrLow;

        var result = _rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Her2Positive().SerumEcd(30), Her2Status.Positive, finding));

        Assert.Equal(RuleOutcomeKind.Fired, result.Outcome);
        Assert.Equal(NoResistanceFindingRule.OthersListed, result.StatementId);
    }

    [Theory]
    [InlineData(TrastuzumabHistory.Progressed)]
    [InlineData(TrastuzumabHistory.ProgressedAfterResponse)]
    public void Evaluate_AfterProgression_NeverExpectedToHelp(TrastuzumabHistory history) =>
        Assert.Equal(
            NoResistanceFindingRule.AfterProgression,
            _rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Her2Positive().History(history))).SecondStatementId);

    [Fact]
    public void Evaluate_NoResponse_SaysLackOfResponseIsTheSetting() =>
        Assert.Equal(
            NoResistanceFindingRule.AfterNoResponse,
            _rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Her2Positive().History(TrastuzumabHistory.NoResponse))).SecondStatementId);

    [Theory]
    [InlineData(TrastuzumabHistory.Naive)]
    [InlineData(TrastuzumabHistory.Responding)]
    public void Evaluate_NotProgressed_ExpectedToHelp(TrastuzumabHistory history) =>
        Assert.Equal(
            NoResistanceFindingRule.ExpectedToHelp,
            _rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Her2Positive().History(history))).SecondStatementId);

    [Fact]
    public void Evaluate_ResistanceFinding_IsNotFired() =>
        Assert.Equal(RuleOutcomeKind.NotFired, _rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Her2Positive(), Her2Status.Positive, AdvisoryCases.PtenLoss)).Outcome);
}
