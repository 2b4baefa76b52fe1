namespace CdsService.Rules.Tests.Findings;

using CdsService.Rules.Findings;

public sealed class Pik3caVariantParserTests
{
    [Theory]
    [InlineData("E545K", "E545K", 545)]
    [InlineData("p.E545K", "E545K", 545)]
    [InlineData("p.Glu545Lys", "E545K", 545)]
    [InlineData("p.(Glu545Lys)", "E545K", 545)]
    [InlineData(" p.glu545lys ", "E545K", 545)]
    [InlineData("NM_006218.4:p.His1047Arg", "H1047R", 1047)]
    [InlineData("NM_006218.4:p.(His1047Arg)", "H1047R", 1047)]
    [InlineData("h1047r", "H1047R", 1047)]
    [InlineData("p.Glu542Lys", "E542K", 542)]
    [InlineData("p.Gln546Ter", "Q546*", 546)]
    public void Parse_KnownSpellings_GiveOneLetterForm(string reported, string expected, int codon)
    {
        var variant = Pik3caVariantParser.Parse(reported);

        Assert.Equal(expected, variant.ProteinChange);
        Assert.Equal(codon, variant.Codon);
        Assert.Equal(reported, variant.Reported);
    }

    [Theory]
    [InlineData("c.3140A>G")]
    [InlineData("exon 20")]
    [InlineData("p.Xyz545Lys")]
    [InlineData("E545")]
    [InlineData("545K")]
    [InlineData("p.E0K")]
    [InlineData("")]
    public void Parse_UnreadableText_KeepsTheReportedText(string reported)
    {
        var variant = Pik3caVariantParser.Parse(reported);

        Assert.Null(variant.ProteinChange);
        Assert.Null(variant.Codon);
        Assert.Equal(reported, variant.Display);
    }

    [Theory]
    [InlineData("p.Glu545Lys", true)]
    [InlineData("H1047R", true)]
    [InlineData("E542K", false)]
    [InlineData("H1047L", false)]
    public void IsReviewHotspot_OnlyTheSubstitutionsTheReviewNames_AreHotspots(string reported, bool expected) =>
        Assert.Equal(expected, Pik3caVariantParser.Parse(reported).IsReviewHotspot);
}
