namespace CdsService.Rules.Tests.Her2;

using CdsService.Rules.Model;
using static CdsService.Rules.Tests.Her2.Her2Cases;

public sealed class DualProbeRecountTests(Her2Fixture fixture) : IClassFixture<Her2Fixture>
{
    // docs/clinical-rules.md ("HER2"), groups 2-4 with IHC 2+: a recount in the same group confirms the group's call
    // (2 and 4 negative, 3 positive); any other group is indeterminate until adjudicated.
    [Theory]
    [InlineData(2.30, 3.50, 2, 2, Her2Status.Negative, "", "her2-low")]
    [InlineData(2.30, 3.50, 2, 1, Her2Status.Indeterminate, "adjudicate", "")]
    [InlineData(2.30, 3.50, 2, 3, Her2Status.Indeterminate, "adjudicate", "")]
    [InlineData(2.30, 3.50, 2, 4, Her2Status.Indeterminate, "adjudicate", "")]
    [InlineData(2.30, 3.50, 2, 5, Her2Status.Indeterminate, "adjudicate", "")]
    [InlineData(1.50, 6.50, 3, 3, Her2Status.Positive, "", "")]
    [InlineData(1.50, 6.50, 3, 1, Her2Status.Indeterminate, "adjudicate", "")]
    [InlineData(1.50, 6.50, 3, 2, Her2Status.Indeterminate, "adjudicate", "")]
    [InlineData(1.50, 6.50, 3, 4, Her2Status.Indeterminate, "adjudicate", "")]
    [InlineData(1.50, 6.50, 3, 5, Her2Status.Indeterminate, "adjudicate", "")]
    [InlineData(1.80, 4.60, 4, 4, Her2Status.Negative, "", "her2-low")]
    [InlineData(1.80, 4.60, 4, 1, Her2Status.Indeterminate, "adjudicate", "")]
    [InlineData(1.80, 4.60, 4, 2, Her2Status.Indeterminate, "adjudicate", "")]
    [InlineData(1.80, 4.60, 4, 3, Her2Status.Indeterminate, "adjudicate", "")]
    [InlineData(1.80, 4.60, 4, 5, Her2Status.Indeterminate, "adjudicate", "")]
    public void Interpret_Groups2To4Ihc2PlusWithRecount_ConfirmsOrAdjudicates(
        double ratio, double copies, int group, int recount, Her2Status status, string actions, string warnings)
    {
        var result = fixture.Interpret(DualProbe(ratio, copies, IhcScore.Two, recount));

        AssertCall(result, status, group, actions, warnings);
        Assert.Equal(status == Her2Status.Negative, result.Her2Low);
    }

    [Theory]
    [InlineData(2.30, 3.50, 2, 0)]
    [InlineData(1.50, 6.50, 3, 6)]
    [InlineData(1.80, 4.60, 4, -1)]
    public void Interpret_RecountOutsideGroups1To5_IndeterminateWithHer2Testing(double ratio, double copies, int group, int recount)
    {
        var result = fixture.Interpret(DualProbe(ratio, copies, IhcScore.Two, recount));

        AssertCall(result, Her2Status.Indeterminate, group, "her2-testing", "");
        Assert.Contains("not an ASCO/CAP group", result.Basis, StringComparison.Ordinal);
    }

    // The recount belongs only to groups 2-4 with IHC 2+; anywhere else the first count decides.
    [Theory]
    [InlineData(2.30, 4.60, IhcScore.Two, 3, 1, Her2Status.Positive, "", "")]
    [InlineData(1.20, 2.50, IhcScore.Two, 4, 5, Her2Status.Negative, "", "her2-low")]
    [InlineData(2.30, 3.50, IhcScore.One, 4, 2, Her2Status.Negative, "", "her2-low")]
    [InlineData(1.50, 6.50, IhcScore.Three, 5, 3, Her2Status.Positive, "", "")]
    [InlineData(1.80, 4.60, null, 3, 4, Her2Status.Pending, "concurrent-ihc", "")]
    public void Interpret_RecountWhereNotCalledFor_Ignored(
        double ratio, double copies, IhcScore? ihc, int recount, int group, Her2Status status, string actions, string warnings) =>
        AssertCall(fixture.Interpret(DualProbe(ratio, copies, ihc, recount)), status, group, actions, warnings);
}
