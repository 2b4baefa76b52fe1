namespace CdsService.Fhir.Tests.Inbound;

using CdsService.Rules.Engine;
using CdsService.Rules.Model;
using Hl7.Fhir.Model;
using static ObservationBuilder;

/// <summary>
/// The Genomics Reporting clinical-significance component (LOINC 53037-8) is the laboratory's classification the REST
/// field pik3ca.classification carries; an unknown code is listed as not understood and never guessed.
/// </summary>
public sealed class Pik3caClassificationMappingTests
{
    private static readonly Lazy<CdsEngine> Engine = new(CdsEngine.CreateDefault);

    private static Observation Variant(string protein, Observation.ComponentComponent? significance, string id = "v")
    {
        var o = Obs("69548-6", LoincAnswer("LA9633-4"), id: id);
        o.Component.Add(Gene("HGNC:8975"));
        o.Component.Add(Component("48005-3", new CodeableConcept("http://varnomen.hgvs.org", protein)));
        if (significance is not null) o.Component.Add(significance);
        return o;
    }

    private static Observation.ComponentComponent Significance(CodeableConcept value) => Component("53037-8", value);

    [Theory]
    [InlineData("LA6668-3", VariantClassification.Pathogenic)]
    [InlineData("LA26332-9", VariantClassification.LikelyPathogenic)]
    [InlineData("LA26333-7", VariantClassification.Uncertain)]
    [InlineData("LA26334-5", VariantClassification.LikelyBenign)]
    [InlineData("LA6675-8", VariantClassification.Benign)]
    public void LoincAnswer_IsTheClassificationRestTakes(string code, VariantClassification expected)
    {
        var result = Map(Variant("p.Lys111Asn", Significance(LoincAnswer(code))));

        Assert.Equal((Pik3caStatus.Mutated, expected), (result.Panel.Pik3ca!.Status, result.Panel.Pik3ca.Classification));
        Assert.Equal(["K111N"], result.Panel.Pik3ca.Variants);
        Assert.Empty(result.NotUnderstood);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("LA6668-3", "pik3ca-mutation")]
    [InlineData("LA26332-9", "pik3ca-mutation")]
    [InlineData("LA26333-7", "pik3ca-variant-uncertain")]
    [InlineData("LA6675-8", "pik3ca-variant-uncertain")]
    public void NonHotspotVariant_FindingFollowsTheLaboratorysClassification(string code, string finding)
    {
        var panel = Map(Variant("p.Lys111Asn", Significance(LoincAnswer(code)))).Panel;

        Assert.Equal([finding], Engine.Value.Evaluate(panel).Findings.Select(f => f.Id));
    }

    [Fact]
    public void BenignPolymorphism_IsUsedAndShownUncertain_NotDropped()
    {
        var result = Map(Variant("p.Ile391Met", Significance(LoincAnswer("LA6675-8"))));

        Assert.Equal(VariantClassification.Benign, result.Panel.Pik3ca!.Classification);
        Assert.Equal("I391M detected (laboratory classification: benign)", Assert.Single(result.Used).Value);
        Assert.Empty(result.Ignored);
    }

    [Theory]
    [InlineData("http://loinc.org", "LA4489-6")]
    [InlineData("http://snomed.info/sct", "30166007")]
    public void UnknownCode_IsListedNotUnderstoodAndNotUsed(string system, string code)
    {
        var result = Map(Variant("p.Lys111Asn", Significance(new CodeableConcept(system, code))));

        Assert.Null(result.Panel.Pik3ca!.Classification);
        Assert.Equal(["K111N"], result.Panel.Pik3ca.Variants);
        var listed = Assert.Single(result.NotUnderstood);
        Assert.Equal(("v", "53037-8"), (listed.ResourceId, listed.Code));
        Assert.StartsWith($"PIK3CA K111N: clinical significance '{system}|{code}' is not a LOINC answer", listed.Reason, StringComparison.Ordinal);
        Assert.Equal(["pik3ca-variant-uncertain"], Engine.Value.Evaluate(result.Panel).Findings.Select(f => f.Id));
    }

    [Fact]
    public void TextOnlyValue_IsNotUnderstood_EvenIfItReadsLikeATerm()
    {
        var result = Map(Variant("p.Lys111Asn", Significance(new CodeableConcept { Text = "Pathogenic" })));

        Assert.Null(result.Panel.Pik3ca!.Classification);
        Assert.Contains("'Pathogenic'", Assert.Single(result.NotUnderstood).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void VariantsClassifiedDifferently_MostPathogenicIsUsedWithAWarningNamingEach()
    {
        var result = Map(
            Variant("p.Lys111Asn", Significance(LoincAnswer("LA26333-7")), "vus"),
            Variant("p.Cys420Arg", Significance(LoincAnswer("LA26332-9")), "lp"));

        Assert.Equal(VariantClassification.LikelyPathogenic, result.Panel.Pik3ca!.Classification);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("pik3ca.classification", warning.Field);
        Assert.Equal("the PIK3CA variants are classified differently (K111N uncertain, C420R likely-pathogenic); the most pathogenic, likely-pathogenic, is used", warning.Message);
    }

    [Fact]
    public void NoSignificanceComponent_NoClassification()
    {
        var result = Map(Variant("p.His1047Arg", null));

        Assert.Null(result.Panel.Pik3ca!.Classification);
        Assert.Equal("H1047R detected", Assert.Single(result.Used).Value);
    }
}
