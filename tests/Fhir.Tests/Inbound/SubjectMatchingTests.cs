namespace CdsService.Fhir.Tests.Inbound;

using CdsService.Fhir.Inbound;
using CdsService.Rules.Model;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using static ObservationBuilder;

/// <summary>
/// Whose data is read: the same patient reference on the same server, and on the CDS Hooks path only the hook's
/// context.patientId; a search page with a next link is said to be incomplete.
/// </summary>
public sealed class SubjectMatchingTests
{
    private const string Ihc3 = "LA11843-2";

    private static Observation Ihc3For(string? subject, string id)
    {
        var o = Obs("85319-2", LoincAnswer(Ihc3), id: id);
        if (subject is not null) o.Subject = new ResourceReference(subject);
        return o;
    }

    private static string Json(params (Resource Resource, string? FullUrl)[] entries)
    {
        var bundle = new Bundle { Type = Bundle.BundleType.Collection };
        foreach (var (r, url) in entries) bundle.Entry.Add(new Bundle.EntryComponent { Resource = r, FullUrl = url });
        return new FhirJsonSerializer().SerializeToString(bundle);
    }

    [Fact]
    public void MapFor_NoPatientResource_UsesOnlyTheContextPatientsObservations()
    {
        var json = Json((Ihc3For("Patient/B", "ob"), null), (Ihc3For(null, "none"), null), (Obs("85319-2", LoincAnswer("LA11841-6"), id: "oa"), null));
        json = json.Replace("\"id\":\"oa\",", "\"id\":\"oa\",\"subject\":{\"reference\":\"Patient/A\"},", StringComparison.Ordinal);

        var result = PatientPanelMapper.MapFor(json, "A", null);

        Assert.Equal(IhcScore.One, result.Panel.Her2!.Ihc);
        Assert.Equal("Observation/oa", Assert.Single(result.Used).Reference);
        Assert.Equal(
            [
                new IgnoredObservation("Observation/ob", "ob", "85319-2", "subject Patient/B is not the patient of the hook context (Patient/A)"),
                new IgnoredObservation("Observation/none", "none", "85319-2", "no subject: it cannot be tied to the patient of the hook context (Patient/A)"),
            ],
            result.Ignored);
    }

    [Fact]
    public void MapFor_PrefetchPatientIsAnotherPatient_NothingOfHersIsUsed()
    {
        var json = Json((new Patient { Id = "B" }, null), (Ihc3For("Patient/B", "ob"), null));

        var result = PatientPanelMapper.MapFor(json, "A", null);

        Assert.Null(result.Panel.Her2);
        Assert.Empty(result.Used);
        Assert.Equal(["Patient/B", "Observation/ob"], result.Ignored.Select(i => i.Reference));
        Assert.Equal("this Patient is not the patient of the hook context (Patient/A)", result.Ignored[0].Reason);
    }

    [Fact]
    public void MapFor_AbsoluteSubjectOnAnotherServer_IsNotUsed()
    {
        var json = Json((Ihc3For("https://other.example/fhir/Patient/A", "o1"), null), (Ihc3For("https://ehr.example/fhir/Patient/A", "o2"), null));

        var result = PatientPanelMapper.MapFor(json, "A", "https://ehr.example/fhir/");

        Assert.Equal("Observation/o2", Assert.Single(result.Used).Reference);
        Assert.Equal(
            "subject https://other.example/fhir/Patient/A is not the patient of the hook context (Patient/A on https://ehr.example/fhir/)",
            Assert.Single(result.Ignored).Reason);
    }

    [Fact]
    public void Map_SameIdPatientOnAnotherServer_IsNotThisPatient()
    {
        var json = Json(
            (new Patient { Id = "p1" }, "https://hospital.example/fhir/Patient/p1"),
            (Ihc3For("https://other.example/fhir/Patient/p1", "o1"), "https://hospital.example/fhir/Observation/o1"),
            (Ihc3For("Patient/p1", "o2"), "https://other.example/fhir/Observation/o2"));

        var result = PatientPanelMapper.Map(json);

        Assert.Null(result.Panel.Her2);
        Assert.Equal(
            ["subject https://other.example/fhir/Patient/p1 is not a Patient of this input", "subject Patient/p1 is not a Patient of this input"],
            result.Ignored.Select(i => i.Reason));
    }

    [Fact]
    public void Map_SameServerAbsoluteSubject_IsThisPatient()
    {
        var json = Json(
            (new Patient { Id = "p1" }, "https://hospital.example/fhir/Patient/p1"),
            (Ihc3For("https://hospital.example/fhir/Patient/p1", "o1"), null));

        Assert.Equal(IhcScore.Three, PatientPanelMapper.Map(json).Panel.Her2!.Ihc);
    }

    [Fact]
    public void Map_SearchPageWithNextLink_WarnsThatTheDataMayBeIncomplete()
    {
        var page = new Bundle { Type = Bundle.BundleType.Searchset };
        page.Link.Add(new Bundle.LinkComponent { Relation = "next", Url = "https://hospital.example/fhir/Observation?page=2" });
        page.Entry.Add(new Bundle.EntryComponent { Resource = Ihc3For(null, "o1") });

        var result = PatientPanelMapper.Map(new FhirJsonSerializer().SerializeToString(page));

        Assert.Equal(IhcScore.Three, result.Panel.Her2!.Ihc);
        Assert.Equal(
            new MappingIssue("input", "a search page of the input has a next link (https://hospital.example/fhir/Observation?page=2): the data may be incomplete, and only the resources sent were read"),
            Assert.Single(result.Warnings));
    }
}
