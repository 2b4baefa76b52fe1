namespace CdsService.Rules.Tests.Her2;

using CdsService.Rules.Model;
using static CdsService.Rules.Tests.Her2.Her2Cases;

public sealed class Her2InvalidInputTests(Her2Fixture fixture) : IClassFixture<Her2Fixture>
{
    // The edge validates (docs/clinical-rules.md, "HER2"); the interpreter must still never crash nor call a status.
    public static TheoryData<Her2Tests, string> Cases => new()
    {
        { DualProbe(null, 4.6, IhcScore.Three), "without a HER2/CEP17 ratio" },
        { DualProbe(2.3, null), "without mean HER2 copies per cell" },
        { DualProbe(null, null, IhcScore.Two), "without a HER2/CEP17 ratio or mean HER2 copies per cell" },
        { DualProbe(double.NaN, 4.6), "HER2/CEP17 ratio NaN outside the valid range" },
        { DualProbe(0, 4.6), "HER2/CEP17 ratio 0.00 outside the valid range" },
        { DualProbe(-1.5, 4.6), "HER2/CEP17 ratio -1.50 outside the valid range" },
        { DualProbe(50, 4.6), "HER2/CEP17 ratio 50.00 outside the valid range" },
        { DualProbe(2.3, double.PositiveInfinity), "mean HER2 copies per cell Infinity outside the valid range" },
        { DualProbe(2.3, 100), "mean HER2 copies per cell 100.00 outside the valid range" },
        { SingleProbe(null, IhcScore.Two), "without mean HER2 copies per cell" },
        { SingleProbe(0, IhcScore.One), "mean HER2 copies per cell 0.00 outside the valid range" },
        { SingleProbe(double.NaN), "mean HER2 copies per cell NaN outside the valid range" },
        { new Her2Tests(Ish: new IshResult(IshAssay.SingleProbe, 2.3, 4.6)), "only a dual-probe assay gives" },
        { new Her2Tests(Ish: new IshResult((IshAssay)99, 2.3, 4.6)), "ISH assay of unknown design" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Interpret_UnusableIsh_IndeterminateWithHer2TestingNamingTheProblem(Her2Tests tests, string expected)
    {
        var result = fixture.Interpret(tests);

        AssertCall(result, Her2Status.Indeterminate, null, "her2-testing", "");
        Assert.Contains(expected, result.Basis, StringComparison.Ordinal);
        Assert.False(result.Her2Low);
        Assert.False(result.Her2Ultralow);
    }

    [Theory]
    [InlineData(49.99, 99.99, 1)]
    [InlineData(0.01, 0.01, 5)]
    public void Interpret_DualProbeJustInsideValidRange_Classified(double ratio, double copies, int group) =>
        Assert.Equal(group, fixture.Interpret(DualProbe(ratio, copies)).IshGroup);

    [Fact]
    public void Interpret_UnusableIshWithReported_WarnsThatReportDiffers() =>
        AssertCall(fixture.Interpret(DualProbe(null, 4.6, reported: Her2Status.Positive)),
            Her2Status.Indeterminate, null, "her2-testing", "reported-status-differs");
}
