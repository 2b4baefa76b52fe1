namespace CdsService.Api.Tests.Fhir;

using System.Net;
using System.Net.Http.Headers;
using Hl7.Fhir.Model;

/// <summary>
/// The /fhir routes serve FHIR R4 JSON only: other representations get a 406 OperationOutcome, wrong methods a 405
/// OperationOutcome with Allow, and canonical URLs come from configuration, never from the Host header (docs/fhir.md).
/// </summary>
public sealed class FhirRepresentationTests(CdsApiFactory factory) : IClassFixture<CdsApiFactory>
{
    private const string HostileHost = "attacker.invalid";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("application/fhir+xml", "")]
    [InlineData("application/xml", "")]
    [InlineData("text/xml", "")]
    [InlineData("application/fhir+json; fhirVersion=3.0", "")]
    [InlineData("application/fhir+json; fhirVersion=5.0", "")]
    [InlineData("application/fhir+json", "?_format=xml")]
    [InlineData("*/*", "?_format=application/fhir+xml")]
    public async System.Threading.Tasks.Task Evaluate_RepresentationNotServed_Is406OperationOutcome(string accept, string query)
    {
        using var request = Evaluate(accept, query);

        using var response = await _client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        var issue = Assert.Single((await response.ReadFhirAsync<OperationOutcome>()).Issue);
        Assert.Equal(OperationOutcome.IssueType.NotSupported, issue.Code);
    }

    [Theory]
    [InlineData("/fhir/metadata", "application/fhir+xml")]
    [InlineData("/fhir/metadata", "application/fhir+json; fhirVersion=3.0")]
    public async System.Threading.Tasks.Task Metadata_RepresentationNotServed_Is406(string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);

        using var response = await _client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        await response.ReadFhirAsync<OperationOutcome>();
    }

    [Theory]
    [InlineData("application/fhir+json; fhirVersion=4.0", "")]
    [InlineData("application/fhir+json", "?_format=json")]
    [InlineData("application/json", "?_format=application/fhir+json")]
    public async System.Threading.Tasks.Task Evaluate_R4Json_IsServed(string accept, string query)
    {
        using var request = Evaluate(accept, query);

        using var response = await _client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await response.ReadFhirAsync<Bundle>();
    }

    [Theory]
    [InlineData("GET", "/fhir/$evaluate", "POST")]
    [InlineData("PUT", "/fhir/$evaluate", "POST")]
    [InlineData("DELETE", "/fhir/metadata", "GET")]
    [InlineData("POST", "/fhir/OperationDefinition/evaluate", "GET")]
    public async System.Threading.Tasks.Task WrongMethod_Is405WithAllow(string method, string path, string allowed)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        using var response = await _client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal([allowed], response.Content.Headers.Allow);
        Assert.Equal(OperationOutcome.IssueType.NotSupported, Assert.Single((await response.ReadFhirAsync<OperationOutcome>()).Issue).Code);
    }

    [Theory]
    [InlineData("GET", "/fhir/metadata")]
    [InlineData("GET", "/fhir/OperationDefinition/evaluate")]
    [InlineData("POST", "/fhir/$evaluate")]
    public async System.Threading.Tasks.Task HostileHostHeader_AppearsNowhereInTheAnswer(string method, string path)
    {
        using var request = method == "POST" ? Evaluate("application/fhir+json", "") : new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = HostileHost;

        using var response = await _client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain(HostileHost, body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(response.Headers.Concat(response.Content.Headers), h => h.Value.Any(v => v.Contains(HostileHost, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async System.Threading.Tasks.Task CanonicalUrls_ComeFromTheConfiguredBase()
    {
        using var response = await _client.GetAsync("/fhir/metadata", Ct);

        var statement = await response.ReadFhirAsync<CapabilityStatement>();
        Assert.Equal("https://cds.test.example/fhir/metadata", statement.Url);
        Assert.Equal("https://cds.test.example/fhir/OperationDefinition/evaluate", statement.Rest.Single().Operation.Single().Definition);
    }

    private static HttpRequestMessage Evaluate(string accept, string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, FhirClient.EvaluatePath + query)
        {
            Content = new StringContent(FhirClient.Fixture("mcode-her2-er-pr.json"), MediaTypeHeaderValue.Parse("application/fhir+json")),
        };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }
}
