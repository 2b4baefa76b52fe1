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

    [Fact]
    public void Term_EveryValue_IsItsDocumentedTermAndParsesBack()
    {
        AssertRoundTrip(InputVocabularies.Ihc);
        AssertRoundTrip(InputVocabularies.IshAssay);
        AssertRoundTrip(InputVocabularies.Pten);
        AssertRoundTrip(InputVocabularies.Pik3ca);
        AssertRoundTrip(InputVocabularies.CyclinE);
        AssertRoundTrip(InputVocabularies.Fcgr3a158);
        AssertRoundTrip(InputVocabularies.Fcgr2a131);
        AssertRoundTrip(InputVocabularies.P95Her2);
        AssertRoundTrip(InputVocabularies.Expression);
        AssertRoundTrip(InputVocabularies.Src);
        AssertRoundTrip(InputVocabularies.P27);
        AssertRoundTrip(InputVocabularies.TrastuzumabHistory);
        AssertRoundTrip(InputVocabularies.VariantClassification);
        AssertRoundTrip(InputVocabularies.RankingLens);
    }

    [Fact]
    public void Term_AliasValue_IsTheTermNotTheAlias()
    {
        Assert.Equal("V/F", InputVocabularies.Fcgr3a158.Term(InputVocabularies.Fcgr3a158.Parse("F/V")));
        Assert.Equal("3+", InputVocabularies.Ihc.Term(InputVocabularies.Ihc.Parse("LA11843-2")));
        Assert.Equal("uncertain", InputVocabularies.VariantClassification.Term(InputVocabularies.VariantClassification.Parse("vus")));
    }

    [Fact]
    public void Term_ServiceOnlyStatus_HasNoReportedTerm()
    {
        Assert.Null(InputVocabularies.ReportedStatus.TermOrNull(Her2Status.Indeterminate));
        Assert.Throws<ArgumentOutOfRangeException>(() => InputVocabularies.ReportedStatus.Term(Her2Status.Pending));
        Assert.Equal("equivocal", InputVocabularies.ReportedStatus.Term(Her2Status.Equivocal));
    }

    private static void AssertRoundTrip<T>(Vocabulary<T> vocabulary)
        where T : struct, Enum
    {
        var terms = Enum.GetValues<T>().Select(vocabulary.Term).ToList();
        Assert.Equal(vocabulary.Terms.Order(StringComparer.Ordinal), terms.Order(StringComparer.Ordinal));
        Assert.All(Enum.GetValues<T>(), v => Assert.Equal(v, vocabulary.Parse(vocabulary.Term(v))));
    }
}
