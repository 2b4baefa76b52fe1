namespace CdsService.Fhir.Tests.Inbound;

using CdsService.Rules.Model;
using Hl7.Fhir.Model;
using static ObservationBuilder;

public sealed class BiomarkerAndEcdMappingTests
{
    private static Observation Biomarker(string hgnc, DataType value, string? interpretation = null)
    {
        var o = new Observation { Status = ObservationStatus.Final, Code = new CodeableConcept { Text = "protein expression by IHC" }, Value = value };
        o.Component.Add(Gene(hgnc));
        if (interpretation is not null) o.Interpretation.Add(new CodeableConcept("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", interpretation));
        return o;
    }

    [Theory]
    [InlineData("loss", PtenStatus.Loss)]
    [InlineData("Negative", PtenStatus.Loss)]
    [InlineData("intact", PtenStatus.Intact)]
    [InlineData("Retained expression", PtenStatus.Intact)]
    [InlineData("positive", PtenStatus.Intact)]
    public void Map_PtenText_ReadsLossOrIntact(string text, PtenStatus expected) =>
        Assert.Equal(expected, Map(Biomarker("HGNC:9588", new FhirString(text))).Panel.Pten);

    [Fact]
    public void Map_PtenHScoreWithoutInterpretation_IsNotUnderstood()
    {
        var result = Map(Biomarker("HGNC:9588", new Quantity(40, "{H-score}")));

        Assert.Null(result.Panel.Pten);
        Assert.Contains("interpretation", Assert.Single(result.NotUnderstood).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("L", PtenStatus.Loss)]
    [InlineData("N", PtenStatus.Intact)]
    public void Map_PtenHScoreWithInterpretation_UsesTheLabsCall(string interpretation, PtenStatus expected) =>
        Assert.Equal(expected, Map(Biomarker("HGNC:9588", new Quantity(40, "{H-score}"), interpretation)).Panel.Pten);

    [Theory]
    [InlineData("HGNC:3236", "overexpressed")]
    [InlineData("HGNC:3431", "Positive")]
    public void Map_ExpressionMarkers_Overexpressed(string hgnc, string text)
    {
        var panel = Map(Biomarker(hgnc, new FhirString(text))).Panel;

        Assert.Equal(ExpressionLevel.Overexpressed, panel.Egfr ?? panel.Erbb3);
    }

    [Theory]
    [InlineData("ng/mL", 20, 20)]
    [InlineData("ug/L", 20, 20)]
    [InlineData("µg/L", 20, 20)]
    [InlineData("pg/mL", 20000, 20)]
    [InlineData("ng/L", 20000, 20)]
    [InlineData("ug/mL", 0.02, 20)]
    public void Map_EcdConvertibleUnits_AreNgPerMl(string unit, double value, double expected)
    {
        var ecd = Map(Obs("42914-2", new Quantity((decimal)value, unit))).Panel.SerumHer2EcdNgPerMl;

        Assert.Equal(expected, ecd!.Value, 9);
    }

    [Theory]
    [InlineData("U/mL", "activity unit")]
    [InlineData("[iU]/mL", "activity unit")]
    [InlineData("mmol/L", "not a mass concentration")]
    [InlineData(null, "no unit")]
    public void Map_EcdOtherUnits_AreRejectedWithMessage(string? unit, string message)
    {
        var result = Map(Obs("32996-1", new Quantity { Value = 30, Code = unit, Unit = unit }));

        Assert.Contains(message, Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_EcdPresence_IsNotUnderstood() => Assert.Single(Map(Obs("51981-9", LoincAnswer("LA6576-8"))).NotUnderstood);
}
