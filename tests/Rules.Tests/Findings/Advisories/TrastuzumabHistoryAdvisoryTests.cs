namespace CdsService.Rules.Tests.Findings.Advisories;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings.Advisories;
using CdsService.Rules.Model;

/// <summary>
/// The five-value history: primary (de novo) resistance is no response from the start, acquired (secondary) resistance
/// is progression after a response (Introduction); plain "progressed" says both are possible. Exactly one of the three
/// history notes fires per value.
/// </summary>
public sealed class TrastuzumabHistoryAdvisoryTests
{
    private static readonly IAdvisoryRule[] Rules = [new ResistanceAcquiredRule(), new ResistancePrimaryRule(), new ResistanceTypeUnknownRule()];

    [Theory]
    [InlineData(TrastuzumabHistory.ProgressedAfterResponse, "note.resistance-acquired")]
    [InlineData(TrastuzumabHistory.NoResponse, "note.resistance-primary")]
    [InlineData(TrastuzumabHistory.Progressed, "note.resistance-type-unknown")]
    public void Evaluate_History_FiresExactlyItsNote(TrastuzumabHistory history, string statement)
    {
        var context = AdvisoryCases.Context(PanelBuilder.Her2Positive().History(history));

        var fired = Rules.Select(r => r.Evaluate(context)).Where(r => r.IsFired).ToList();

        Assert.Equal([statement], fired.Select(r => r.StatementId));
    }

    [Fact]
    public void Evaluate_Progressed_IsNeverCalledAcquired() =>
        Assert.Equal(
            RuleOutcomeKind.NotFired,
            new ResistanceAcquiredRule().Evaluate(AdvisoryCases.Context(PanelBuilder.Her2Positive().History(TrastuzumabHistory.Progressed))).Outcome);

    [Fact]
    public void Evaluate_NaiveWithResistanceFinding_NotesPossiblePrimaryResistance() =>
        Assert.Equal(
            "note.resistance-primary-possible",
            new ResistancePrimaryRule().Evaluate(
                AdvisoryCases.Context(PanelBuilder.Her2Positive().History(TrastuzumabHistory.Naive), Her2Status.Positive, AdvisoryCases.PtenLoss)).StatementId);

    [Theory]
    [InlineData("reduced-benefit")]
    [InlineData("uncertain")]
    public void Evaluate_NaiveWithoutResistanceFinding_NoPrimaryNote(string which) =>
        Assert.Equal(
            RuleOutcomeKind.NotFired,
            new ResistancePrimaryRule().Evaluate(AdvisoryCases.Context(
                PanelBuilder.Her2Positive().History(TrastuzumabHistory.Naive),
                Her2Status.Positive,
                which == "uncertain" ? AdvisoryCases.SerumEcd : AdvisoryCases.FcgrLow)).Outcome);

    [Theory]
    [InlineData(TrastuzumabHistory.Naive)]
    [InlineData(TrastuzumabHistory.Responding)]
    public void Evaluate_NotProgressedWithoutFinding_NoHistoryNote(TrastuzumabHistory history) =>
        Assert.DoesNotContain(Rules, r => r.Evaluate(AdvisoryCases.Context(PanelBuilder.Her2Positive().History(history))).IsFired);

    [Fact]
    public void Evaluate_NoHistory_EveryHistoryRuleIsNotApplicable() =>
        Assert.All(Rules, r => Assert.Equal(RuleOutcomeKind.NotApplicable, r.Evaluate(AdvisoryCases.Context(PanelBuilder.Her2Positive())).Outcome));
}
