namespace CdsService.Fhir.Tests.Inbound;

using CdsService.Fhir.Inbound;

public sealed class ProteinChangeTests
{
    [Theory]
    [InlineData("H1047R")]
    [InlineData("p.H1047R")]
    [InlineData("p.His1047Arg")]
    [InlineData("p.(His1047Arg)")]
    [InlineData("NP_006209.2:p.(His1047Arg)")]
    [InlineData("NM_006218.4:p.His1047Arg")]
    [InlineData("  p.HIS1047ARG ")]
    [InlineData("p.(H1047R)")]
    public void Normalise_EveryForm_IsOneLetter(string text) => Assert.Equal("H1047R", ProteinChange.Normalise(text));

    [Theory]
    [InlineData("p.Glu545Lys", "E545K")]
    [InlineData("E542K", "E542K")]
    [InlineData("p.Arg88Ter", "R88*")]
    public void Normalise_OtherSubstitutions(string text, string expected) => Assert.Equal(expected, ProteinChange.Normalise(text));

    [Theory]
    [InlineData("p.Q2634Afs*20")]
    [InlineData("p.=")]
    [InlineData("p.A4_P11del")]
    [InlineData("c.3140A>G")]
    [InlineData("p.Xyz12Abc")]
    [InlineData("")]
    public void TryParse_NotASubstitution_False(string text) => Assert.False(ProteinChange.TryParse(text, out _));
}
