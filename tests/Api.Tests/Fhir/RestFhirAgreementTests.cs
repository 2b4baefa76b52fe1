namespace CdsService.Api.Tests.Fhir;

using System.Net;
using Hl7.Fhir.Model;

/// <summary>The same patient through REST and through FHIR: the same HER2 status, findings and ranked order (DESIGN.md section 6).</summary>
public sealed class RestFhirAgreementTests(CdsApiFactory factory) : IClassFixture<CdsApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string> SamePatients { get; } = new()
    {
        { "her2-positive-resistance.json", """{"her2":{"ihc":"3+"},"pten":"loss","pik3ca":{"status":"mutated","variants":["H1047R"]},"fcgr3a158":"F/F","serumHer2Ecd":{"value":22,"unit":"ng/mL"},"egfr":"overexpressed"}""" },
        { "mcode-her2-er-pr.json", """{"her2":{"ihc":"3+","reportedStatus":"positive"}}""" },
        { "her2-fish-panel.json", """{"her2":{"ihc":"2+","ish":{"assay":"dual-probe","her2Cep17Ratio":2.4,"meanHer2CopiesPerCell":4.8},"reportedStatus":"positive"}}""" },
        { "pten-ihc-parameters.json", """{"pten":"loss","cyclinE":"overexpressed","pik3ca":{"status":"mutated","variants":["E545K"]}}""" },
        { "fcgr-genotype.json", """{"fcgr3a158":"V/F","fcgr2a131":"H/R"}""" },
        { "serum-ecd-units.json", """{"serumHer2Ecd":{"value":18.5,"unit":"ng/mL"}}""" },
        { "genomics-reporting-oncology-report-example.json", """{"pik3ca":{"status":"mutated","variants":["H1047R","K111N"]}}""" },
    };

    [Theory]
    [MemberData(nameof(SamePatients))]
    public async System.Threading.Tasks.Task RestAndFhir_AgreeOnStatusFindingsAndRanking(string fixture, string restBody)
    {
        using var rest = await _client.PostJsonAsync(restBody);
        using var fhir = await _client.PostFhirAsync(FhirClient.Fixture(fixture));
        Assert.Equal(HttpStatusCode.OK, rest.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fhir.StatusCode);
        var answer = await rest.ReadJsonAsync();
        var resources = (await fhir.ReadFhirAsync<Bundle>()).Entry.Select(e => e.Resource).ToList();

        var status = resources.OfType<Observation>().Single(o => o.Code.Coding.Any(c => c.Code == "48676-1") && o.Method?.Text is not null);
        var statusCode = ((CodeableConcept)status.Value!).Coding.Single(c => c.System == "urn:cdsservice:her2-status").Code;
        Assert.Equal(answer.GetProperty("her2").GetProperty("status").GetString(), statusCode);

        var implications = resources.OfType<Observation>().Where(o => o.Code.Coding.FirstOrDefault()?.Code == "therapeutic-implication");
        Assert.Equal(answer.GetProperty("findings").Strings("id"), implications.Select(o => o.Identifier[0].Value));

        var actions = resources.OfType<RequestGroup>().Single().Action.Where(a => a.ElementId?.StartsWith("required-", StringComparison.Ordinal) != true);
        Assert.Equal(answer.GetProperty("options").Strings("agentId"), actions.Select(a => a.ElementId));
    }

    [Fact]
    public async System.Threading.Tasks.Task Her2PositiveResistance_HasOptionsAndFindings()
    {
        using var fhir = await _client.PostFhirAsync(FhirClient.Fixture("her2-positive-resistance.json"));

        var resources = (await fhir.ReadFhirAsync<Bundle>()).Entry.Select(e => e.Resource).ToList();
        Assert.Equal(22, resources.OfType<RequestGroup>().Single().Action.Count);
        Assert.True(resources.OfType<Observation>().Count(o => o.Code.Coding.FirstOrDefault()?.Code == "therapeutic-implication") >= 4);
        Assert.NotEmpty(resources.OfType<MedicationRequest>());
    }
}
