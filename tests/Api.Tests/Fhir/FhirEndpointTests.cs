namespace CdsService.Api.Tests.Fhir;

using System.Net;
using Hl7.Fhir.Model;

public sealed class FhirEndpointTests(CdsApiFactory factory) : IClassFixture<CdsApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async System.Threading.Tasks.Task Evaluate_GenomicsReportingExample_Pik3caImplicationHer2UnknownTestingAction()
    {
        using var response = await _client.PostFhirAsync(FhirClient.Fixture("genomics-reporting-oncology-report-example.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bundle = await response.ReadFhirAsync<Bundle>();
        Assert.Equal(Bundle.BundleType.Collection, bundle.Type);
        var resources = bundle.Entry.Select(e => e.Resource).ToList();
        Assert.Equal(GuidanceResponse.GuidanceResponseStatus.DataRequired, resources.OfType<GuidanceResponse>().Single().Status);
        var group = resources.OfType<RequestGroup>().Single();
        Assert.Equal("her2-testing", Assert.Single(group.Action).Code[0].Coding[0].Code);
        Assert.Contains(resources.OfType<Observation>(), o => o.Code.Coding.Any(c => c.System == "urn:cdsservice:finding" && c.Code == "pik3ca-mutation"));
        Assert.Empty(resources.OfType<MedicationRequest>());
    }

    [Fact]
    public async System.Threading.Tasks.Task Evaluate_ParametersAsApplicationJson_IsAccepted()
    {
        using var response = await _client.PostFhirAsync(FhirClient.Fixture("pten-ihc-parameters.json"), "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await response.ReadFhirAsync<Bundle>()).Entry);
    }

    [Theory]
    [InlineData("""{"resourceType":"Patient","":1}""")]
    [InlineData("[]")]
    [InlineData("""{"resourceType":"Resource"}""")]
    [InlineData("{")]
    [InlineData("")]
    [InlineData("""{"resourceType":"Patient","id":"x"}""")]
    [InlineData("""{"resourceType":"Observation","status":"final","code":{"text":"x"},"instantiatesCanonical":"http://r5"}""")]
    [InlineData("""{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"85319-2"}]},"valueQuantity":{"value":"3+"}}}]}""")]
    public async System.Threading.Tasks.Task Evaluate_BadFhir_Is400OperationOutcome(string body)
    {
        using var response = await _client.PostFhirAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var outcome = await response.ReadFhirAsync<OperationOutcome>();
        Assert.All(outcome.Issue, i => Assert.Equal(OperationOutcome.IssueSeverity.Error, i.Severity));
    }

    [Theory]
    [InlineData("\"valueCode\":\"best\"", "The parameter 'ranking' must be \"current\" or \"review\".")]
    [InlineData("\"valueString\":\"Review order\"", "The parameter 'ranking' must be \"current\" or \"review\".")]
    [InlineData("\"valueInteger\":2", "The parameter 'ranking' needs a valueCode or valueString: \"current\" or \"review\".")]
    public async System.Threading.Tasks.Task Evaluate_UnknownRanking_Is400NamingTheParameter(string value, string message)
    {
        var body = $$$"""{"resourceType":"Parameters","parameter":[{"name":"bundle","resource":{"resourceType":"Bundle","type":"collection"}},{"name":"ranking",{{{value}}}}]}""";

        using var response = await _client.PostFhirAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var issue = Assert.Single((await response.ReadFhirAsync<OperationOutcome>()).Issue);
        Assert.Equal(("Parameters.parameter.where(name='ranking')", OperationOutcome.IssueSeverity.Error), (issue.Expression.Single(), issue.Severity));
        Assert.Equal(message, issue.Diagnostics);
    }

    /// <summary>The security tester's body: about 1 MB of empty entries, refused before the FHIR SDK reads it (docs/fhir.md, "Limits").</summary>
    [Fact]
    public async System.Threading.Tasks.Task Evaluate_AMegabyteOfEmptyEntries_Is400TooCostlyOperationOutcome()
    {
        var body = """{"resourceType":"Bundle","type":"collection","entry":[""" + string.Join(",", Enumerable.Repeat("{}", 330_000)) + "]}";
        using var response = await _client.PostFhirAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var issue = Assert.Single((await response.ReadFhirAsync<OperationOutcome>()).Issue);
        Assert.Equal(OperationOutcome.IssueType.TooCostly, issue.Code);
        Assert.Contains("an array has more than 1000 items", issue.Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task Evaluate_InvalidUtf8_Is400OperationOutcome()
    {
        using var response = await _client.PostFhirAsync([0x7B, 0xC3, 0x28, 0x7D]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.ReadFhirAsync<OperationOutcome>();
    }

    [Fact]
    public async System.Threading.Tasks.Task Evaluate_EcdInActivityUnits_Is422WithTheField()
    {
        using var response = await _client.PostFhirAsync(FhirClient.Fixture("serum-ecd-activity-unit.json"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var issue = Assert.Single((await response.ReadFhirAsync<OperationOutcome>()).Issue);
        // The REST field path is no FHIRPath: it is a details coding, and expression stays empty (docs/fhir.md, "Errors").
        Assert.Empty(issue.Expression);
        Assert.Equal("serumHer2Ecd", issue.Details!.Coding.Single(c => c.System == "urn:cdsservice:panel-field").Code);
    }

    [Fact]
    public async System.Threading.Tasks.Task Evaluate_TextPlain_Is415OperationOutcome()
    {
        using var response = await _client.PostFhirAsync("{}", "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await response.ReadFhirAsync<OperationOutcome>();
    }

    [Fact]
    public async System.Threading.Tasks.Task Evaluate_OverOneMebibyte_Is413OperationOutcome()
    {
        var body = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"id\":\"" + new string('a', 1_100_000) + "\"}";

        using var response = await _client.PostFhirAsync(body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await response.ReadFhirAsync<OperationOutcome>();
    }

    [Fact]
    public async System.Threading.Tasks.Task Metadata_IsACapabilityStatementWithEvaluate()
    {
        using var response = await _client.GetAsync("/fhir/metadata", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var statement = await response.ReadFhirAsync<CapabilityStatement>();
        Assert.Equal("evaluate", statement.Rest.Single().Operation.Single().Name);
        using var definition = await _client.GetAsync(new Uri(statement.Rest.Single().Operation.Single().Definition!).AbsolutePath, TestContext.Current.CancellationToken);
        Assert.Equal("evaluate", (await definition.ReadFhirAsync<OperationDefinition>()).Code);
    }

    [Theory]
    [InlineData("GET", "/fhir/$evaluate", HttpStatusCode.MethodNotAllowed)]
    [InlineData("GET", "/fhir/Patient/1", HttpStatusCode.NotFound)]
    [InlineData("DELETE", "/fhir/metadata", HttpStatusCode.MethodNotAllowed)]
    public async System.Threading.Tasks.Task UnknownRouteOrMethod_Is404Or405OperationOutcome(string method, string path, HttpStatusCode status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        await response.ReadFhirAsync<OperationOutcome>();
    }
}
