namespace CdsService.Fhir.Tests.Inbound.Lenient;

using CdsService.Fhir.Inbound;
using CdsService.Rules.Model;

/// <summary>
/// The lenient read of docs/fhir.md ("Lenient read"): faults that change nothing the service reads are warnings at
/// their FHIRPath; a value the service reads and cannot is a 400 naming that FHIRPath; faults in resources or
/// elements it does not read are warnings whatever they are.
/// </summary>
public sealed class LenientReadTests
{
    private const string Patient = """{"fullUrl":"urn:uuid:3f2b8a43-54c4-4a61-9d3e-1c1e7d0e6a01","resource":{"resourceType":"Patient","id":"pat-1"}}""";

    private static string Ihc(string value, string extra = "") =>
        """{"fullUrl":"urn:uuid:3f2b8a43-54c4-4a61-9d3e-1c1e7d0e6a02","resource":{"resourceType":"Observation","id":"ihc","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"85319-2"}]},"subject":{"reference":"urn:uuid:3f2b8a43-54c4-4a61-9d3e-1c1e7d0e6a01"}"""
        + extra + "," + value + "}}";

    private static string Tail(string message) => message[(message.LastIndexOf("; ", StringComparison.Ordinal) + 2)..];

    private static string Bundle(params string[] entries) => """{"resourceType":"Bundle","type":"collection","entry":[""" + string.Join(",", entries) + "]}";

    [Fact]
    public void Map_NitsOutsideWhatIsRead_GiveTheSameAnswerWithOneWarningEach()
    {
        var longId = new string('a', 70);
        var json = $$$$"""
            {"resourceType":"Bundle","id":"{{{{longId}}}}","type":"collection","fhir_comments":["exported by LIS"],"entry":[
              {"fullUrl":"urn:uuid:p-1","resource":{"resourceType":"Patient","id":"pat-1"}},
              {"fullUrl":"urn:uuid:o-1","resource":{"resourceType":"Observation","id":"ihc","status":"final","bodyStructure":{"reference":"BodyStructure/1"},
                "code":{"coding":[{"system":"http://loinc.org","code":"85319-2"}]},"subject":{"reference":"urn:uuid:p-1"},
                "effectiveDateTime":"2024-03-05T09:30:00","valueCodeableConcept":{"text":"3+"}}}]}
            """;

        var result = PatientPanelMapper.Map(json);

        Assert.Equal(IhcScore.Three, result.Panel.Her2!.Ihc);
        Assert.Equal("pat-1", result.Panel.PatientId);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 30, 0, TimeSpan.Zero), Assert.Single(result.Used).Effective);
        Assert.Equal(
            [
                ("Bundle.entry[0].fullUrl", "accepted: the value is read as sent"),
                ("Bundle.entry[1].fullUrl", "accepted: the value is read as sent"),
                ("Bundle.entry[1].resource.bodyStructure", "ignored: R4 does not define this element"),
                ("Bundle.entry[1].resource.bodyStructure.reference", "ignored: R4 does not define this element"),
                ("Bundle.entry[1].resource.effective", "accepted: a time without a time zone is read as UTC"),
                ("Bundle.fhir_comments[1]", "ignored: R4 does not define this element"),
                ("Bundle.id", "accepted: the value is read as sent"),
            ],
            result.Warnings.Select(w => (w.Field, Tail(w.Message))).OrderBy(x => x.Field, StringComparer.Ordinal));
    }

    [Fact]
    public void Map_UnreadableValueOfAHer2Observation_IsRefusedNamingItsFhirPath()
    {
        var json = Bundle(Patient, Ihc("\"valueQuantity\":{\"value\":\"3+\"}"));

        var e = Assert.Throws<FhirInputException>(() => PatientPanelMapper.Map(json));

        var issue = Assert.Single(e.Issues);
        Assert.Equal(("value", "Bundle.entry[1].resource.value.value"), (issue.Code, issue.Location));
        Assert.Contains("the service reads this value and cannot", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_UnreadableStatusOfAHer2Observation_IsRefused()
    {
        var json = Bundle(Patient, Ihc("\"valueString\":\"3+\"").Replace("\"final\"", "\"finalised\"", StringComparison.Ordinal));

        var e = Assert.Throws<FhirInputException>(() => PatientPanelMapper.Map(json));

        Assert.Equal("Bundle.entry[1].resource.status", Assert.Single(e.Issues).Location);
    }

    [Fact]
    public void Map_UnreadableValueOfAnObservationNotRead_IsAWarningAndTheRestIsRead()
    {
        var heartRate = """{"resource":{"resourceType":"Observation","id":"hr","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"8867-4"}]},"subject":{"reference":"urn:uuid:3f2b8a43-54c4-4a61-9d3e-1c1e7d0e6a01"},"valueQuantity":{"value":"seventy"}}}""";
        var json = Bundle(Patient, Ihc("\"valueString\":\"3+\""), heartRate);

        var result = PatientPanelMapper.Map(json);

        Assert.Equal(IhcScore.Three, result.Panel.Her2!.Ihc);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("Bundle.entry[2].resource.value.value", warning.Field);
        Assert.EndsWith("ignored: the Observation is not one this service reads", warning.Message, StringComparison.Ordinal);
        Assert.Contains(result.NotUnderstood, n => n.ResourceId == "hr");
    }

    [Fact]
    public void Map_FaultsInResourcesNotRead_AreWarnings()
    {
        var condition = """{"resource":{"resourceType":"Condition","id":"c1","subject":{"reference":"Patient/pat-1"},"onsetDateTime":17,"clinicalStatus":"active"}}""";
        var r5 = """{"resource":{"resourceType":"DeviceUsage","id":"du1","status":"active"}}""";
        var contained = Ihc("\"valueString\":\"3+\"", ",\"contained\":[{\"resourceType\":\"Specimen\",\"id\":\"s1\",\"receivedTime\":true}],\"specimen\":{\"reference\":\"#s1\"}");
        var json = Bundle(Patient, contained, condition, r5);

        var result = PatientPanelMapper.Map(json);

        Assert.Equal(IhcScore.Three, result.Panel.Her2!.Ihc);
        Assert.Equal(
            [
                ("Bundle.entry[1].resource.contained[0].receivedTime", "ignored: contained resources are not read"),
                ("Bundle.entry[2].resource.clinicalStatus", "ignored: this service does not read Condition resources"),
                ("Bundle.entry[2].resource.onset", "ignored: this service does not read Condition resources"),
                ("Bundle.entry[3].resource", "ignored: this service does not read DeviceUsage resources"),
                ("Bundle.entry[3].resource.status", "ignored: this service does not read DeviceUsage resources"),
            ],
            result.Warnings.Select(w => (w.Field, Tail(w.Message))).OrderBy(x => x.Field, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Map_UnreadableElementsNothingReads_AreDroppedWithAWarning()
    {
        var patient = """{"fullUrl":"urn:uuid:3f2b8a43-54c4-4a61-9d3e-1c1e7d0e6a01","resource":{"resourceType":"Patient","id":"pat-1","name":[{"given":[null]}],"gender":17}}""";
        var json = Bundle(patient, Ihc("\"valueString\":\"3+\"", ",\"note\":{\"text\":5}"));

        var result = PatientPanelMapper.Map(json);

        Assert.Equal(IhcScore.Three, result.Panel.Her2!.Ihc);
        var p = Assert.IsType<Hl7.Fhir.Model.Patient>(result.Patient!.Resource);
        Assert.Empty(p.Name);
        Assert.Null(p.GenderElement);
        Assert.All(result.InputWarnings, w => Assert.Contains("; ignored: ", w.Message, StringComparison.Ordinal));
        Assert.Equal(["Bundle.entry[0].resource.gender", "Bundle.entry[0].resource.name[0].given[1]", "Bundle.entry[1].resource.note[0]", "Bundle.entry[1].resource.note[0].text"],
            result.InputWarnings.Select(w => w.Field).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("pat\u202Eevil", "Bundle.entry[0].resource.id")]
    [InlineData("pat\u200B1", "Bundle.entry[0].resource.id")]
    [InlineData("pat\u2066x\u2069", "Bundle.entry[0].resource.id")]
    public void Map_InvisibleCharacterInPatientId_IsRefusedNamingTheElement(string id, string path)
    {
        var json = Bundle($$$"""{"resource":{"resourceType":"Patient","id":"{{{id}}}"}}""", Ihc("\"valueString\":\"3+\""));

        var e = Assert.Throws<FhirInputException>(() => PatientPanelMapper.Map(json));

        var issue = Assert.Single(e.Issues);
        Assert.Equal(path, issue.Location);
        Assert.Equal($"{path}: {UnsafeText.InvisibleRule}.", issue.Message);
    }

    [Theory]
    [InlineData("""{"resourceType":"Bundle","entry":{}}""")]
    [InlineData("""{"resourceType":"Bundle","type":"collection","entry":[{"resource":[]}]}""")]
    [InlineData("""{"resourceType":"Bundle","type":"collection","link":"next"}""")]
    [InlineData("""{"resourceType":"Observatoin","status":"final"}""")]
    [InlineData("""{"resourceType":"Parameters","parameter":[{"name":"ranking","valueCode":7}]}""")]
    public void Map_StructureTheServiceReadsIsUnreadable_IsRefused(string json) =>
        Assert.NotEmpty(Assert.Throws<FhirInputException>(() => EvaluateRequest.Read(json)).Issues);
}
