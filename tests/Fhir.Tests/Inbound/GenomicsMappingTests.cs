namespace CdsService.Fhir.Tests.Inbound;

using CdsService.Rules.Model;
using Hl7.Fhir.Model;
using static ObservationBuilder;

public sealed class GenomicsMappingTests
{
    private static Observation Variant(string hgnc, string? protein = null, string value = "LA9633-4", string id = "v", params Observation.ComponentComponent[] extra)
    {
        var o = Obs("69548-6", LoincAnswer(value), id: id);
        o.Component.Add(Gene(hgnc));
        if (protein is not null) o.Component.Add(Component("48005-3", new CodeableConcept("http://varnomen.hgvs.org", protein)));
        o.Component.AddRange(extra);
        return o;
    }

    [Fact]
    public void Map_Pik3caCodingOnlyHotspot_NamesTheProteinChange()
    {
        var o = Variant("HGNC:8975", extra: Component("48004-6", new CodeableConcept("http://varnomen.hgvs.org", "NM_006218.4:c.3140A>G")));

        Assert.Equal(["H1047R"], Map(o).Panel.Pik3ca!.Variants);
    }

    [Fact]
    public void Map_Pik3caAbsentOnly_IsWildType()
    {
        Assert.Equal(new Pik3caResult(Pik3caStatus.WildType).Status, Map(Variant("HGNC:8975", "p.H1047R", "LA9634-2")).Panel.Pik3ca!.Status);
    }

    [Fact]
    public void Map_Pik3caAbsentAndPresent_MutatedAndAbsentListedIgnored()
    {
        var result = Map(Variant("HGNC:8975", "p.E545K", "LA9634-2", "absent"), Variant("HGNC:8975", "p.H1047R", id: "present"));

        Assert.Equal(Pik3caStatus.Mutated, result.Panel.Pik3ca!.Status);
        Assert.Equal(["H1047R"], result.Panel.Pik3ca.Variants);
        Assert.DoesNotContain(result.Used, u => u.ResourceId == "absent");
    }

    [Fact]
    public void Map_PtenDeletionByCopyNumberChange_IsLoss()
    {
        var o = Variant("HGNC:9588", extra: Component("62378-5", LoincAnswer("LA14034-5")));

        Assert.Equal(PtenStatus.Loss, Map(o).Panel.Pten);
    }

    [Fact]
    public void Map_PtenPathogenicVariant_IsLossWithoutWarning()
    {
        var result = Map(Variant("HGNC:9588", "p.Arg130Gly", extra: Component("53037-8", LoincAnswer("LA6668-3"))));

        Assert.Equal(PtenStatus.Loss, result.Panel.Pten);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Map_Ccne1AmplificationBySequenceOntology_IsAmplified()
    {
        var o = Variant("HGNC:1589", extra: Component("48019-4", new CodeableConcept("http://www.sequenceontology.org", "SO:0001880")));

        Assert.Equal(CyclinEStatus.Amplified, Map(o).Panel.CyclinE);
    }

    [Fact]
    public void Map_GeneBySymbolOnly_IsRead()
    {
        var o = Obs("69548-6", LoincAnswer("LA9633-4"));
        o.Component.Add(Component("48018-6", new CodeableConcept { Text = "PIK3CA" }));
        o.Component.Add(Component("48005-3", new FhirString("p.E542K")));

        Assert.Equal(["E542K"], Map(o).Panel.Pik3ca!.Variants);
    }

    [Theory]
    [InlineData("LA6705-3", "p.Val158Phe", Fcgr3a158Genotype.FF)]
    [InlineData("LA6706-1", "p.V158F", Fcgr3a158Genotype.VF)]
    [InlineData("LA6705-3", "p.Phe212Val", Fcgr3a158Genotype.VV)]
    public void Map_Fcgr3aVariantByRsId_UsesAminoAcidsAndZygosity(string zygosity, string protein, Fcgr3a158Genotype expected)
    {
        var o = Obs("69548-6", LoincAnswer("LA9633-4"));
        o.Component.Add(Component("81252-9", new CodeableConcept("http://www.ncbi.nlm.nih.gov/projects/SNP", "rs396991")));
        o.Component.Add(Component("48005-3", new CodeableConcept("http://varnomen.hgvs.org", protein)));
        o.Component.Add(Component("53034-5", LoincAnswer(zygosity)));

        Assert.Equal(expected, Map(o).Panel.Fcgr3a158);
    }

    [Theory]
    [InlineData("FCGR3A 158 V/V", Fcgr3a158Genotype.VV)]
    [InlineData("158F/V", Fcgr3a158Genotype.VF)]
    [InlineData("Phe/Phe", Fcgr3a158Genotype.FF)]
    public void Map_GenotypeText_ParsesAlleles(string text, Fcgr3a158Genotype expected)
    {
        var o = Obs("84413-4", new CodeableConcept { Text = text });
        o.Component.Add(Component("81252-9", new CodeableConcept("http://www.ncbi.nlm.nih.gov/projects/SNP", "rs396991")));

        Assert.Equal(expected, Map(o).Panel.Fcgr3a158);
    }

    [Fact]
    public void Map_GenotypeOfOtherGene_IsListed()
    {
        var o = Obs("84413-4", new CodeableConcept { Text = "VKORC1 rs9923231 C/T" });

        Assert.Single(Map(o).NotUnderstood);
    }
}
