namespace CdsService.Rules.Tests.Her2;

using CdsService.Rules.Model;
using static CdsService.Rules.Tests.Her2.Her2Cases;

public sealed class IhcRulesTests(Her2Fixture fixture) : IClassFixture<Her2Fixture>
{
    // docs/clinical-rules.md, "HER2", IHC rows without ISH; IHC 2+ alone is never negative or positive.
    [Theory]
    [InlineData(IhcScore.Three, null, Her2Status.Positive, "", "", false, false)]
    [InlineData(IhcScore.Two, null, Her2Status.Equivocal, "reflex-ish", "", false, false)]
    [InlineData(IhcScore.One, null, Her2Status.Negative, "", "her2-low", true, false)]
    [InlineData(IhcScore.One, true, Her2Status.Negative, "", "her2-low", true, false)]
    [InlineData(IhcScore.Zero, null, Her2Status.Negative, "", "her2-ultralow-not-assessable", false, false)]
    [InlineData(IhcScore.Zero, false, Her2Status.Negative, "", "her2-zero", false, false)]
    [InlineData(IhcScore.Zero, true, Her2Status.Negative, "", "her2-ultralow", false, true)]
    [InlineData(IhcScore.Three, true, Her2Status.Positive, "", "", false, false)]
    [InlineData(IhcScore.Two, true, Her2Status.Equivocal, "reflex-ish", "", false, false)]
    public void Interpret_IhcOnly_MatchesAscoCapTable(
        IhcScore ihc, bool? staining, Her2Status status, string actions, string warnings, bool her2Low, bool her2Ultralow)
    {
        var result = fixture.Interpret(Ihc(ihc, staining));

        AssertCall(result, status, null, actions, warnings);
        Assert.Equal(her2Low, result.Her2Low);
        Assert.Equal(her2Ultralow, result.Her2Ultralow);
    }

    [Theory]
    [InlineData(IhcScore.Three, "IHC 3+ without ISH")]
    [InlineData(IhcScore.Two, "IHC 2+ without ISH")]
    [InlineData(IhcScore.One, "IHC 1+ without ISH")]
    [InlineData(IhcScore.Zero, "IHC 0 without ISH")]
    public void Interpret_IhcOnly_BasisNamesScore(IhcScore ihc, string expected) =>
        Assert.StartsWith(expected, fixture.Interpret(Ihc(ihc)).Basis, StringComparison.Ordinal);
}
