namespace CdsService.Rules.Tests.Vocabulary;

using CdsService.Rules.Vocabulary;
using CdsService.Rules.Model;

public sealed class InputVocabulariesTests
{
    [Theory]
    [InlineData("0", IhcScore.Zero)]
    [InlineData("1+", IhcScore.One)]
    [InlineData(" 2 + ", IhcScore.Two)]
    [InlineData("3+", IhcScore.Three)]
    [InlineData("3", IhcScore.Three)]
    [InlineData("+3", IhcScore.Three)]
    [InlineData("3 +", IhcScore.Three)]
    [InlineData("LA6111-4", IhcScore.Zero)]
    [InlineData("LA11841-6", IhcScore.One)]
    [InlineData("LA11842-4", IhcScore.Two)]
    [InlineData("la11843-2", IhcScore.Three)]
    public void Ihc_AcceptedNotation_ParsesToScore(string text, IhcScore expected)
    {
        Assert.True(InputVocabularies.Ihc.TryParse(text, out var score));
        Assert.Equal(expected, score);
    }

    [Theory]
    [InlineData("")]
    [InlineData("4+")]
    [InlineData("0+")]
    [InlineData("+0")]
    [InlineData("3++")]
    [InlineData("2-3")]
    [InlineData("positive")]
    [InlineData("LA11844-0")]
    public void Ihc_OtherText_IsRejected(string text) => Assert.False(InputVocabularies.Ihc.TryParse(text, out _));

    [Fact]
    public void Ihc_Terms_AreTheContractValuesOnly() => Assert.Equal(["0", "1+", "2+", "3+"], InputVocabularies.Ihc.Terms);

    [Theory]
    [InlineData("V/F", Fcgr3a158Genotype.VF)]
    [InlineData("F/V", Fcgr3a158Genotype.VF)]
    [InlineData("f/f", Fcgr3a158Genotype.FF)]
    public void Fcgr3a158_Heterozygote_ReadsEitherWayRound(string text, Fcgr3a158Genotype expected)
    {
        Assert.True(InputVocabularies.Fcgr3a158.TryParse(text, out var genotype));
        Assert.Equal(expected, genotype);
    }
}
