namespace CdsService.Fhir.Tests.Inbound;

using CdsService.Fhir.Inbound;
using Hl7.Fhir.Model;
using static ObservationBuilder;

public sealed class InputShapeTests
{
    [Fact]
    public void Map_PatientResourceAlone_IsNotSupported()
    {
        var e = Assert.Throws<FhirInputException>(() => PatientPanelMapper.Map("""{"resourceType":"Patient","id":"x"}"""));

        Assert.Equal("not-supported", e.Issues[0].Code);
    }

    [Fact]
    public void Map_ParametersWithResourcesDirectly_ReadsThem()
    {
        var parameters = new Parameters();
        parameters.Parameter.Add(new Parameters.ParameterComponent { Name = "observation", Resource = Obs("85319-2", new FhirString("3+")) });

        Assert.Equal(Rules.Model.IhcScore.Three, PatientPanelMapper.Map(parameters).Panel.Her2!.Ihc);
    }

    [Fact]
    public void Map_EmptyBundle_IsAnEmptyPanelWithoutErrors()
    {
        var result = PatientPanelMapper.Map("""{"resourceType":"Bundle","type":"collection"}""");

        Assert.Empty(result.Panel.InputsGiven());
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void Map_ObservationForAnotherPatient_IsIgnored()
    {
        var patient = new Patient { Id = "me" };
        var mine = Obs("85319-2", new FhirString("3+"), id: "mine");
        mine.Subject = new ResourceReference("Patient/me");
        var theirs = Obs("85319-2", new FhirString("0"), id: "theirs");
        theirs.Subject = new ResourceReference("Patient/someone-else");

        var result = Map(patient, mine, theirs);

        Assert.Equal(Rules.Model.IhcScore.Three, result.Panel.Her2!.Ihc);
        Assert.Contains(result.Ignored, i => i.ResourceId == "theirs" && i.Reason.Contains("not a Patient of this input", StringComparison.Ordinal));
    }

    [Fact]
    public void Map_SubjectByIdentifier_MatchesThePatient()
    {
        var patient = new Patient { Identifier = [new Identifier("urn:mrn", "42")] };
        var o = Obs("85319-2", new FhirString("2+"));
        o.Subject = new ResourceReference { Identifier = new Identifier("urn:mrn", "42") };

        var result = Map(patient, o);

        Assert.Equal("42", result.Panel.PatientId);
        Assert.Equal(Rules.Model.IhcScore.Two, result.Panel.Her2!.Ihc);
    }
}
