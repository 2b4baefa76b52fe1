namespace CdsService.Rules.Tests.Her2;

using CdsService.Rules.Model;
using static CdsService.Rules.Tests.Her2.Her2Cases;

public sealed class ReportedStatusRulesTests(Her2Fixture fixture) : IClassFixture<Her2Fixture>
{
    [Theory]
    [InlineData(Her2Status.Positive, Her2Status.Positive, "")]
    [InlineData(Her2Status.Negative, Her2Status.Negative, "")]
    [InlineData(Her2Status.Equivocal, Her2Status.Equivocal, "re-derive")]
    [InlineData(Her2Status.Pending, Her2Status.Pending, "her2-testing")]
    [InlineData(Her2Status.Indeterminate, Her2Status.Indeterminate, "her2-testing")]
    [InlineData(Her2Status.Unknown, Her2Status.Unknown, "her2-testing")]
    public void Interpret_ReportedStatusOnly_PassedThroughAsReported(Her2Status reported, Her2Status status, string actions)
    {
        var result = fixture.Interpret(new Her2Tests(ReportedStatus: reported));

        AssertCall(result, status, null, actions, "");
        Assert.False(result.Her2Low);
        Assert.False(result.Her2Ultralow);
        if (reported != Her2Status.Unknown)
        {
            Assert.Contains("as reported by the laboratory", result.Basis, StringComparison.Ordinal);
        }
    }

    public static TheoryData<Her2Tests?> NothingGiven => new(null, new Her2Tests(), new Her2Tests(IhcMembraneStaining: true));

    [Theory]
    [MemberData(nameof(NothingGiven))]
    public void Interpret_NothingAboutHer2_UnknownWithHer2Testing(Her2Tests? tests) =>
        AssertCall(fixture.Interpret(tests), Her2Status.Unknown, null, "her2-testing", "");

    // Raw values always win over the reported status (older 2007/2013 reports), with a warning when they disagree.
    [Theory]
    [InlineData(Her2Status.Equivocal, 2.30, 4.60, IhcScore.Two, Her2Status.Positive, 1, "", "reported-status-differs")]
    [InlineData(Her2Status.Equivocal, 1.80, 4.60, IhcScore.One, Her2Status.Negative, 4, "", "reported-status-differs,her2-low")]
    [InlineData(Her2Status.Positive, 1.20, 2.50, IhcScore.Zero, Her2Status.Negative, 5, "", "reported-status-differs,her2-ultralow-not-assessable")]
    [InlineData(Her2Status.Negative, 2.30, 3.50, null, Her2Status.Pending, 2, "concurrent-ihc", "reported-status-differs")]
    [InlineData(Her2Status.Negative, 2.30, 4.60, IhcScore.One, Her2Status.Positive, 1, "", "her2-discordant,reported-status-differs")]
    [InlineData(Her2Status.Positive, 2.30, 4.60, IhcScore.Three, Her2Status.Positive, 1, "", "")]
    [InlineData(Her2Status.Negative, 1.20, 2.50, IhcScore.One, Her2Status.Negative, 5, "", "her2-low")]
    public void Interpret_DualProbeAndReported_RawValuesWin(
        Her2Status reported, double ratio, double copies, IhcScore? ihc, Her2Status status, int group, string actions, string warnings) =>
        AssertCall(fixture.Interpret(DualProbe(ratio, copies, ihc, reported: reported)), status, group, actions, warnings);

    [Theory]
    [InlineData(IhcScore.Two, Her2Status.Positive, Her2Status.Equivocal, "reflex-ish", "reported-status-differs")]
    [InlineData(IhcScore.Two, Her2Status.Equivocal, Her2Status.Equivocal, "reflex-ish", "")]
    [InlineData(IhcScore.One, Her2Status.Negative, Her2Status.Negative, "", "her2-low")]
    [InlineData(IhcScore.Zero, Her2Status.Equivocal, Her2Status.Negative, "", "reported-status-differs,her2-ultralow-not-assessable")]
    public void Interpret_IhcAndReported_RawValuesWin(
        IhcScore ihc, Her2Status reported, Her2Status status, string actions, string warnings) =>
        AssertCall(fixture.Interpret(Ihc(ihc, reported: reported)), status, null, actions, warnings);

    // No ASCO/CAP version (2007, 2013, 2018) reads IHC 0/1+ as positive or 3+ as negative: with no ISH given, the
    // likeliest cause is a missing ISH result or a typo, so neither is used and the call waits for the laboratory.
    [Theory]
    [InlineData(IhcScore.Zero, Her2Status.Positive, "IHC 0 without ISH would read HER2 negative, but the laboratory reports HER2 positive: ", " Reported: positive; IHC 0 without ISH.", "The laboratory reports HER2 positive, but the IHC score given (0 or 1+, without ISH)")]
    [InlineData(IhcScore.One, Her2Status.Positive, "IHC 1+ without ISH would read HER2 negative, but the laboratory reports HER2 positive: ", " Reported: positive; IHC 1+ without ISH.", "The laboratory reports HER2 positive, but the IHC score given (0 or 1+, without ISH)")]
    [InlineData(IhcScore.Three, Her2Status.Negative, "IHC 3+ without ISH would read HER2 positive, but the laboratory reports HER2 negative: ", " Reported: negative; IHC 3+ without ISH.", "The laboratory reports HER2 negative, but IHC 3+ is HER2 positive under every version of the ASCO/CAP rules, whatever the ISH result.")]
    public void Interpret_IhcAloneContradictedByReport_IndeterminateUntilTheLaboratoryResolvesIt(IhcScore ihc, Her2Status reported, string basisStart, string warningEnd, string actionStart)
    {
        var result = fixture.Interpret(Ihc(ihc, reported: reported));

        AssertCall(result, Her2Status.Indeterminate, null, "re-derive", "reported-status-differs");
        Assert.StartsWith(basisStart, result.Basis, StringComparison.Ordinal);
        Assert.EndsWith("so the status is indeterminate until the difference is resolved.", result.Basis, StringComparison.Ordinal);
        Assert.StartsWith(actionStart, result.RequiredActions[0].Text, StringComparison.Ordinal);
        // IHC 3+ is positive whatever the ISH: its warning says trastuzumab is not ruled out, not that neither value is used.
        Assert.StartsWith(
            ihc == IhcScore.Three ? "The laboratory's 'negative' contradicts IHC 3+" : "The HER2 status reported by the laboratory contradicts the IHC score given",
            result.Warnings[0].Text, StringComparison.Ordinal);
        Assert.EndsWith(warningEnd, result.Warnings[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("2007", result.Warnings[0].Text, StringComparison.Ordinal);
        Assert.False(result.Her2Low);
        Assert.False(result.Her2Ultralow);
    }

    [Fact]
    public void Interpret_SingleProbeAndReported_RawValuesWin()
    {
        var result = fixture.Interpret(SingleProbe(4.6, IhcScore.Two, reported: Her2Status.Negative));

        AssertCall(result, Her2Status.Pending, null, "dual-probe-ish", "reported-status-differs");
        Assert.EndsWith(" Reported: negative; derived from the raw values: pending.", result.Warnings[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Interpret_ReportedPositiveWithStainingOnly_UsesReported() =>
        AssertCall(fixture.Interpret(new Her2Tests(IhcMembraneStaining: true, ReportedStatus: Her2Status.Positive)), Her2Status.Positive, null, "", "");
}
