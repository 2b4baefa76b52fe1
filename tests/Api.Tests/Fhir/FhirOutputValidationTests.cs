namespace CdsService.Api.Tests.Fhir;

using System.Net;
using CdsService.TestSupport;
using Hl7.Fhir.Model;

/// <summary>
/// What /fhir answers over HTTP passes the R4 core validation with 0 errors (docs/fhir.md, "Validation"): the Bundle of
/// every whole-patient scenario under both lenses (the fixtures' Bundles are checked in CdsService.Fhir.Tests), the
/// CapabilityStatement and OperationDefinition, and the OperationOutcomes of the refusals.
/// </summary>
public sealed class FhirOutputValidationTests(CdsApiFactory factory) : IClassFixture<CdsApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [MemberData(nameof(ScenarioPatients.UnderBothLenses), MemberType = typeof(ScenarioPatients))]
    public async System.Threading.Tasks.Task ScenarioPatient_BundleValidates(string scenario, string lens)
    {
        using var response = await _client.PostFhirAsync(ScenarioPatients.Fhir(scenario, lens));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertValid(await response.ReadFhirAsync<Bundle>());
    }

    [Theory]
    [InlineData("/fhir/metadata")]
    [InlineData("/fhir/OperationDefinition/evaluate")]
    public async System.Threading.Tasks.Task ConformanceResources_Validate(string path)
    {
        using var response = await _client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertValid(await response.ReadFhirAsync<Resource>());
    }

    [Theory]
    [InlineData("{not json", HttpStatusCode.BadRequest)]
    [InlineData("""{"resourceType":"Parameters","parameter":[{"name":"ranking","valueCode":"sideways"}]}""", HttpStatusCode.BadRequest)]
    public async System.Threading.Tasks.Task Refusals_AreValidOperationOutcomes(string body, HttpStatusCode status)
    {
        using var response = await _client.PostFhirAsync(body);

        Assert.Equal(status, response.StatusCode);
        AssertValid(await response.ReadFhirAsync<OperationOutcome>());
    }

    private static void AssertValid(Resource resource)
    {
        var errors = FhirOutputValidator.Errors(resource);
        Assert.True(errors.Count == 0, $"{errors.Count} errors\n{FhirOutputValidator.Describe(errors)}");
    }
}
