namespace CdsService.Api.Tests.Fhir;

using System.Net;
using System.Text.Json.Nodes;
using Hl7.Fhir.Model;

/// <summary>
/// What /fhir/$evaluate refuses after the lenient read (docs/fhir.md, "Lenient read"): a value it reads and cannot, and
/// a Patient id that would display as another; each a 400 OperationOutcome whose expression is the element's FHIRPath.
/// </summary>
public sealed class LenientEvaluateTests(CdsApiFactory factory) : IClassFixture<CdsApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("\u202E")]
    [InlineData("\u200B")]
    [InlineData("\u2067")]
    [InlineData("\u200F")]
    public async System.Threading.Tasks.Task Evaluate_BidiOrZeroWidthCharacterInPatientId_Is400NamingTheElement(string character)
    {
        var bundle = Fixture();
        bundle["entry"]![0]!["resource"]!["id"] = "12724" + character + "066";

        var issue = await RefusedAsync(bundle);

        Assert.Equal(["Bundle.entry[0].resource.id"], issue.Expression);
        Assert.Equal("Bundle.entry[0].resource.id: must not contain bidirectional-override, zero-width or control characters.", issue.Diagnostics);
    }

    [Fact]
    public async System.Threading.Tasks.Task Evaluate_Her2ValueOfTheWrongType_Is400NamingItsFhirPath()
    {
        var bundle = Fixture();
        var ihc = bundle["entry"]![1]!["resource"]!.AsObject();
        ihc.Remove("valueCodeableConcept");
        ihc["valueQuantity"] = new JsonObject { ["value"] = "3+" };

        var issue = await RefusedAsync(bundle);

        Assert.Equal(OperationOutcome.IssueType.Value, issue.Code);
        Assert.Equal(["Bundle.entry[1].resource.value.value"], issue.Expression);
        Assert.Contains("the service reads this value and cannot", issue.Diagnostics, StringComparison.Ordinal);
    }

    private static JsonObject Fixture() => JsonNode.Parse(FhirClient.Fixture(Path.Combine("Hospital", "cerner-ihc3-amended.json")))!.AsObject();

    private async Task<OperationOutcome.IssueComponent> RefusedAsync(JsonObject bundle)
    {
        using var response = await _client.PostFhirAsync(bundle.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var outcome = await response.ReadFhirAsync<OperationOutcome>();
        return Assert.Single(outcome.Issue);
    }
}
