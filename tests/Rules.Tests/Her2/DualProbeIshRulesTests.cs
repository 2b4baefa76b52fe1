namespace CdsService.Rules.Tests.Her2;

using CdsService.Rules.Model;
using static CdsService.Rules.Tests.Her2.Her2Cases;

public sealed class DualProbeIshRulesTests(Her2Fixture fixture) : IClassFixture<Her2Fixture>
{
    // One row per cell of the dual-probe rows of docs/clinical-rules.md, "HER2" (group x IHC none/0/1+/2+/3+, no recount).
    // Representative values: G1 2.30/4.60, G2 2.30/3.50, G3 1.50/6.50, G4 1.80/4.60, G5 1.20/2.50.
    [Theory]
    [InlineData(2.30, 4.60, null, 1, Her2Status.Positive, "", "", false)]
    [InlineData(2.30, 4.60, IhcScore.Zero, 1, Her2Status.Positive, "", "her2-discordant", false)]
    [InlineData(2.30, 4.60, IhcScore.One, 1, Her2Status.Positive, "", "her2-discordant", false)]
    [InlineData(2.30, 4.60, IhcScore.Two, 1, Her2Status.Positive, "", "", false)]
    [InlineData(2.30, 4.60, IhcScore.Three, 1, Her2Status.Positive, "", "", false)]
    [InlineData(2.30, 3.50, null, 2, Her2Status.Pending, "concurrent-ihc", "", false)]
    [InlineData(2.30, 3.50, IhcScore.Zero, 2, Her2Status.Negative, "", "her2-ultralow-not-assessable", false)]
    [InlineData(2.30, 3.50, IhcScore.One, 2, Her2Status.Negative, "", "her2-low", true)]
    [InlineData(2.30, 3.50, IhcScore.Two, 2, Her2Status.Pending, "blinded-recount", "", false)]
    [InlineData(2.30, 3.50, IhcScore.Three, 2, Her2Status.Positive, "", "", false)]
    [InlineData(1.50, 6.50, null, 3, Her2Status.Pending, "concurrent-ihc", "", false)]
    [InlineData(1.50, 6.50, IhcScore.Zero, 3, Her2Status.Negative, "", "her2-ultralow-not-assessable", false)]
    [InlineData(1.50, 6.50, IhcScore.One, 3, Her2Status.Negative, "", "her2-low", true)]
    [InlineData(1.50, 6.50, IhcScore.Two, 3, Her2Status.Pending, "blinded-recount", "", false)]
    [InlineData(1.50, 6.50, IhcScore.Three, 3, Her2Status.Positive, "", "", false)]
    [InlineData(1.80, 4.60, null, 4, Her2Status.Pending, "concurrent-ihc", "", false)]
    [InlineData(1.80, 4.60, IhcScore.Zero, 4, Her2Status.Negative, "", "her2-ultralow-not-assessable", false)]
    [InlineData(1.80, 4.60, IhcScore.One, 4, Her2Status.Negative, "", "her2-low", true)]
    [InlineData(1.80, 4.60, IhcScore.Two, 4, Her2Status.Pending, "blinded-recount", "", false)]
    [InlineData(1.80, 4.60, IhcScore.Three, 4, Her2Status.Positive, "", "", false)]
    [InlineData(1.20, 2.50, null, 5, Her2Status.Negative, "", "", false)]
    [InlineData(1.20, 2.50, IhcScore.Zero, 5, Her2Status.Negative, "", "her2-ultralow-not-assessable", false)]
    [InlineData(1.20, 2.50, IhcScore.One, 5, Her2Status.Negative, "", "her2-low", true)]
    [InlineData(1.20, 2.50, IhcScore.Two, 5, Her2Status.Negative, "", "her2-low", true)]
    [InlineData(1.20, 2.50, IhcScore.Three, 5, Her2Status.Positive, "", "her2-discordant", false)]
    public void Interpret_DualProbeGroupByIhc_MatchesAscoCapTable(
        double ratio, double copies, IhcScore? ihc, int group, Her2Status status, string actions, string warnings, bool her2Low)
    {
        var result = fixture.Interpret(DualProbe(ratio, copies, ihc));

        AssertCall(result, status, group, actions, warnings);
        Assert.Equal(her2Low, result.Her2Low);
        Assert.False(result.Her2Ultralow);
    }

    // Every ratio x CN boundary, without IHC, so each group's "without IHC" column is what changes.
    [Theory]
    [InlineData(1.99, 3.99, 5, Her2Status.Negative, "")]
    [InlineData(1.99, 4.0, 4, Her2Status.Pending, "concurrent-ihc")]
    [InlineData(1.99, 5.99, 4, Her2Status.Pending, "concurrent-ihc")]
    [InlineData(1.99, 6.0, 3, Her2Status.Pending, "concurrent-ihc")]
    [InlineData(2.0, 3.99, 2, Her2Status.Pending, "concurrent-ihc")]
    [InlineData(2.0, 4.0, 1, Her2Status.Positive, "")]
    [InlineData(2.0, 5.99, 1, Her2Status.Positive, "")]
    [InlineData(2.0, 6.0, 1, Her2Status.Positive, "")]
    [InlineData(2.01, 3.99, 2, Her2Status.Pending, "concurrent-ihc")]
    [InlineData(2.01, 4.0, 1, Her2Status.Positive, "")]
    [InlineData(2.01, 5.99, 1, Her2Status.Positive, "")]
    [InlineData(2.01, 6.0, 1, Her2Status.Positive, "")]
    public void Interpret_DualProbeBoundaryWithoutIhc_InclusiveThresholds(
        double ratio, double copies, int group, Her2Status status, string actions) =>
        AssertCall(fixture.Interpret(DualProbe(ratio, copies)), status, group, actions, "");

    // The same boundaries with IHC 1+, where groups 1 and 2-4 diverge most (positive + discordant vs negative).
    [Theory]
    [InlineData(1.99, 3.99, 5, Her2Status.Negative, "her2-low")]
    [InlineData(1.99, 4.0, 4, Her2Status.Negative, "her2-low")]
    [InlineData(1.99, 5.99, 4, Her2Status.Negative, "her2-low")]
    [InlineData(1.99, 6.0, 3, Her2Status.Negative, "her2-low")]
    [InlineData(2.0, 3.99, 2, Her2Status.Negative, "her2-low")]
    [InlineData(2.0, 4.0, 1, Her2Status.Positive, "her2-discordant")]
    [InlineData(2.01, 3.99, 2, Her2Status.Negative, "her2-low")]
    [InlineData(2.01, 4.0, 1, Her2Status.Positive, "her2-discordant")]
    public void Interpret_DualProbeBoundaryWithIhc1Plus_InclusiveThresholds(
        double ratio, double copies, int group, Her2Status status, string warnings) =>
        AssertCall(fixture.Interpret(DualProbe(ratio, copies, IhcScore.One)), status, group, "", warnings);

    [Theory]
    [InlineData(1.99, 5.99, 4, Her2Status.Pending, "blinded-recount")]
    [InlineData(1.99, 6.0, 3, Her2Status.Pending, "blinded-recount")]
    [InlineData(1.99, 3.99, 5, Her2Status.Negative, "")]
    [InlineData(2.0, 3.99, 2, Her2Status.Pending, "blinded-recount")]
    [InlineData(2.0, 4.0, 1, Her2Status.Positive, "")]
    public void Interpret_DualProbeBoundaryWithIhc2Plus_InclusiveThresholds(
        double ratio, double copies, int group, Her2Status status, string actions) =>
        AssertCall(fixture.Interpret(DualProbe(ratio, copies, IhcScore.Two)), status, group, actions, group == 5 ? "her2-low" : "");
}
