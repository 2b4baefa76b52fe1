namespace CdsService.Fhir.Tests.Inbound;

using CdsService.Rules.Model;
using Hl7.Fhir.Model;
using static ObservationBuilder;

public sealed class Her2MappingTests
{
    [Theory]
    [InlineData("LA6111-4", IhcScore.Zero)]
    [InlineData("LA11841-6", IhcScore.One)]
    [InlineData("LA11842-4", IhcScore.Two)]
    [InlineData("LA11843-2", IhcScore.Three)]
    public void Map_IhcLoincAnswer_SetsScore(string answer, IhcScore expected)
    {
        var result = Map(Obs("85319-2", LoincAnswer(answer)));

        Assert.Equal(expected, result.Panel.Her2!.Ihc);
    }

    [Theory]
    [InlineData("3+", IhcScore.Three)]
    [InlineData("2+ (equivocal)", IhcScore.Two)]
    [InlineData("+3", IhcScore.Three)]
    [InlineData("3 +", IhcScore.Three)]
    [InlineData("3", IhcScore.Three)]
    [InlineData("Score 1+", IhcScore.One)]
    [InlineData("IHC 0", IhcScore.Zero)]
    public void Map_IhcString_SetsScore(string text, IhcScore expected)
    {
        var result = Map(Obs("18474-7", new FhirString(text)));

        Assert.Equal(expected, result.Panel.Her2!.Ihc);
    }

    [Fact]
    public void Map_IhcZeroUltralow_SetsMembraneStaining()
    {
        var her2 = Map(Obs("85319-2", new FhirString("0 (ultralow)"))).Panel.Her2!;

        Assert.Equal(IhcScore.Zero, her2.Ihc);
        Assert.True(her2.IhcMembraneStaining);
    }

    [Theory]
    [InlineData("4+")]
    [InlineData("2.5")]
    [InlineData("strong")]
    public void Map_IhcUnreadable_IsListedNotAnError(string text)
    {
        var result = Map(Obs("85319-2", new FhirString(text)));

        Assert.Null(result.Panel.Her2);
        Assert.Single(result.NotUnderstood);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Map_IhcIndeterminate_IsListedNotAnError()
    {
        var result = Map(Obs("85319-2", LoincAnswer("LA11884-6")));

        Assert.Null(result.Panel.Her2);
        Assert.Single(result.NotUnderstood);
    }

    [Theory]
    [InlineData("http://loinc.org", "LA6576-8", Her2Status.Positive)]
    [InlineData("http://loinc.org", "LA6577-6", Her2Status.Negative)]
    [InlineData("http://loinc.org", "LA11885-3", Her2Status.Equivocal)]
    [InlineData("http://snomed.info/sct", "10828004", Her2Status.Positive)]
    [InlineData("http://snomed.info/sct", "260385009", Her2Status.Negative)]
    [InlineData("http://snomed.info/sct", "431396003", Her2Status.Negative)]
    public void Map_StatusCoded_SetsReportedStatus(string system, string code, Her2Status expected)
    {
        var result = Map(Obs("48676-1", new CodeableConcept(system, code)));

        Assert.Equal(expected, result.Panel.Her2!.ReportedStatus);
    }

    [Theory]
    [InlineData("85318-4", "Amplified", Her2Status.Positive)]
    [InlineData("31150-6", "Not amplified", Her2Status.Negative)]
    [InlineData("96893-3", "negative", Her2Status.Negative)]
    public void Map_IshPresence_SetsReportedStatusWhenNoStatusObservation(string code, string text, Her2Status expected)
    {
        Assert.Equal(expected, Map(Obs(code, new FhirString(text))).Panel.Her2!.ReportedStatus);
    }

    [Fact]
    public void Map_StatusObservationAndIshPresence_StatusObservationWins()
    {
        var result = Map(
            Obs("48676-1", LoincAnswer("LA6577-6"), "2023-01-01", "status"),
            Obs("85318-4", new FhirString("Amplified"), "2024-01-01", "ish"));

        Assert.Equal(Her2Status.Negative, result.Panel.Her2!.ReportedStatus);
        Assert.Contains(result.Ignored, i => i.ResourceId == "ish" && i.Reason.Contains("more specific", StringComparison.Ordinal));
    }

    [Fact]
    public void Map_RatioAndCopiesAsQuantityAndRatio_DualProbe()
    {
        var ratio = new Ratio(new Quantity(23, "1"), new Quantity(10, "1"));
        var result = Map(Obs("49683-6", ratio, id: "r"), Obs("74860-8", new Quantity(4.6m, "{copies}/{nucleus}"), id: "c"));

        Assert.Equal(new IshResult(IshAssay.DualProbe, 2.3, 4.6), result.Panel.Her2!.Ish);
    }

    [Fact]
    public void Map_CopiesOnly_SingleProbe()
    {
        var ish = Map(Obs("74860-8", new Quantity(6.2m, "{copies}/{nucleus}"))).Panel.Her2!.Ish;

        Assert.Equal(new IshResult(IshAssay.SingleProbe, null, 6.2), ish);
    }

    [Fact]
    public void Map_RatioWithoutCopies_IsAFieldError()
    {
        var result = Map(Obs("49683-6", new Quantity(2.3m, "{ratio}")));

        var error = Assert.Single(result.Errors);
        Assert.Equal("her2.ish.meanHer2CopiesPerCell", error.Field);
    }

    [Theory]
    [InlineData("49683-6", 0)]
    [InlineData("49683-6", 50)]
    [InlineData("74860-8", 100)]
    [InlineData("74860-8", -1)]
    public void Map_IshValueOutOfRange_IsAFieldError(string code, double value)
    {
        var result = Map(Obs(code, new Quantity((decimal)value, "1")));

        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public void Map_SameEffectiveTimeConflict_FirstWinsWithWarning()
    {
        var result = Map(Obs("85319-2", new FhirString("3+"), id: "a"), Obs("85319-2", new FhirString("1+"), id: "b"));

        Assert.Equal(IhcScore.Three, result.Panel.Her2!.Ihc);
        Assert.Contains(result.Warnings, w => w.Field == "her2.ihc");
    }

    [Fact]
    public void Map_MissingEffective_LosesToDated()
    {
        var result = Map(Obs("85319-2", new FhirString("1+"), null, "undated"), Obs("85319-2", new FhirString("3+"), "2020-01-01", "dated"));

        Assert.Equal(IhcScore.Three, result.Panel.Her2!.Ihc);
    }

    [Fact]
    public void Map_CancelledObservation_IsIgnored()
    {
        var o = Obs("85319-2", new FhirString("3+"));
        o.Status = ObservationStatus.Cancelled;

        var result = Map(o);

        Assert.Null(result.Panel.Her2);
        Assert.Equal("status is cancelled", Assert.Single(result.Ignored).Reason);
    }

    [Fact]
    public void Map_Ihc2PlusWithQualitativeIshOnly_Warns()
    {
        var result = Map(Obs("85319-2", LoincAnswer("LA11842-4"), id: "ihc"), Obs("85318-4", LoincAnswer("LA6576-8"), id: "ish"));

        Assert.Equal(new Her2Tests(IhcScore.Two, null, null, Her2Status.Positive), result.Panel.Her2);
        Assert.Contains(result.Warnings, w => w.Field == "her2.ish");
    }

    [Fact]
    public void Map_UnknownCode_IsListedNotAnError()
    {
        var result = Map(Obs("2160-0", new Quantity(1.1m, "mg/dL")));

        var listed = Assert.Single(result.NotUnderstood);
        Assert.Equal("2160-0", listed.Code);
        Assert.Empty(result.Errors);
    }
}
