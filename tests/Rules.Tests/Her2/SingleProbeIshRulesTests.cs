namespace CdsService.Rules.Tests.Her2;

using CdsService.Rules.Model;
using static CdsService.Rules.Tests.Her2.Her2Cases;

public sealed class SingleProbeIshRulesTests(Her2Fixture fixture) : IClassFixture<Her2Fixture>
{
    // docs/clinical-rules.md, "HER2", single-probe rows: every CN boundary (3.99 / 4.0 / 5.99 / 6.0) x IHC none/0/1+/2+/3+.
    // CN < 4.0 with IHC 3+ and CN >= 6.0 with IHC 0/1+ follow the dual-probe group 5 / group 1 rows (positive, discordant).
    // Without IHC, every single-probe result first asks for a concurrent IHC on the same specimen (the 2018 guideline);
    // IHC 0 without saying whether faint staining was seen cannot be told from ultralow.
    [Theory]
    [InlineData(3.99, null, Her2Status.Negative, "concurrent-ihc", "", false)]
    [InlineData(3.99, IhcScore.Zero, Her2Status.Negative, "", "her2-ultralow-not-assessable", false)]
    [InlineData(3.99, IhcScore.One, Her2Status.Negative, "", "her2-low", true)]
    [InlineData(3.99, IhcScore.Two, Her2Status.Negative, "", "her2-low", true)]
    [InlineData(3.99, IhcScore.Three, Her2Status.Positive, "", "her2-discordant", false)]
    [InlineData(4.0, null, Her2Status.Pending, "concurrent-ihc,dual-probe-ish", "", false)]
    [InlineData(4.0, IhcScore.Zero, Her2Status.Negative, "", "her2-ultralow-not-assessable", false)]
    [InlineData(4.0, IhcScore.One, Her2Status.Negative, "", "her2-low", true)]
    [InlineData(4.0, IhcScore.Two, Her2Status.Pending, "dual-probe-ish", "", false)]
    [InlineData(4.0, IhcScore.Three, Her2Status.Positive, "", "", false)]
    [InlineData(5.99, null, Her2Status.Pending, "concurrent-ihc,dual-probe-ish", "", false)]
    [InlineData(5.99, IhcScore.Zero, Her2Status.Negative, "", "her2-ultralow-not-assessable", false)]
    [InlineData(5.99, IhcScore.One, Her2Status.Negative, "", "her2-low", true)]
    [InlineData(5.99, IhcScore.Two, Her2Status.Pending, "dual-probe-ish", "", false)]
    [InlineData(5.99, IhcScore.Three, Her2Status.Positive, "", "", false)]
    [InlineData(6.0, null, Her2Status.Positive, "concurrent-ihc", "", false)]
    [InlineData(6.0, IhcScore.Zero, Her2Status.Positive, "", "her2-discordant", false)]
    [InlineData(6.0, IhcScore.One, Her2Status.Positive, "", "her2-discordant", false)]
    [InlineData(6.0, IhcScore.Two, Her2Status.Positive, "", "", false)]
    [InlineData(6.0, IhcScore.Three, Her2Status.Positive, "", "", false)]
    public void Interpret_SingleProbeBandByIhc_MatchesAscoCapTable(
        double copies, IhcScore? ihc, Her2Status status, string actions, string warnings, bool her2Low)
    {
        var result = fixture.Interpret(SingleProbe(copies, ihc));

        AssertCall(result, status, null, actions, warnings);
        Assert.Equal(her2Low, result.Her2Low);
    }

    [Theory]
    [InlineData(3.99, "mean HER2 copies 3.99 < 4.0")]
    [InlineData(4.0, "4.0 <= mean HER2 copies 4.00 < 6.0")]
    [InlineData(6.0, "mean HER2 copies 6.00 >= 6.0")]
    public void Interpret_SingleProbe_BasisNamesBandAndValue(double copies, string expected) =>
        Assert.Contains(expected, fixture.Interpret(SingleProbe(copies, IhcScore.Zero)).Basis, StringComparison.Ordinal);
}
