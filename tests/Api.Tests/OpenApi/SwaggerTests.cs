namespace CdsService.Api.Tests.OpenApi;

using System.Net;
using System.Text.Json;

public sealed class SwaggerTests(CdsApiFactory factory) : IClassFixture<CdsApiFactory>
{
    private static readonly string[] ExampleNames =
        ["her2-positive-pten-loss", "ihc-2plus-without-ish", "ish-group-4-with-ihc-2plus", "her2-negative-ihc-1plus", "full-panel"];

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task SwaggerJson_RecommendationOperation_HasTheNamedExamples()
    {
        var examples = (await GetRecommendationOperationAsync())
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("examples");

        Assert.Equal(ExampleNames, examples.PropertyNames());
        Assert.All(ExampleNames, name => Assert.False(string.IsNullOrEmpty(examples.GetProperty(name).GetProperty("summary").GetString())));
    }

    [Fact]
    public async Task SwaggerJson_EveryExample_IsAcceptedByTheApi()
    {
        var examples = (await GetRecommendationOperationAsync())
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("examples");

        foreach (var example in examples.EnumerateObject())
        {
            using var response = await _client.PostJsonAsync(example.Value.GetProperty("value").GetRawText());
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"example {example.Name} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task SwaggerJson_RecommendationOperation_Documents200And400And401And403And413And500()
    {
        var operation = await GetRecommendationOperationAsync();
        var responses = operation.GetProperty("responses");

        Assert.Equal(["200", "400", "401", "403", "413", "415", "500"], responses.PropertyNames().Order(StringComparer.Ordinal));
        Assert.Equal(["evaluate"], operation.GetProperty("x-required-scopes").EnumerateArray().Select(s => s.GetString()).ToArray());
        Assert.Contains("**Scope:** `evaluate`", operation.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.True(responses.GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(responses.GetProperty("500").GetProperty("content").TryGetProperty("application/problem+json", out _));
    }

    [Fact]
    public async Task SwaggerJson_RequestSchema_ListsAllowedValuesDescribesEveryFieldAndAllowsUnknownProperties()
    {
        var schemas = (await GetDocumentAsync()).GetProperty("components").GetProperty("schemas");
        var request = schemas.GetProperty("RecommendationRequest");

        Assert.Equal(["intact", "loss"], request.GetProperty("properties").GetProperty("pten").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["0", "1+", "2+", "3+"], schemas.GetProperty("Her2Input").GetProperty("properties").GetProperty("ihc").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.False(request.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False);
        foreach (var name in new[] { "RecommendationRequest", "Her2Input", "IshInput", "Pik3caInput", "SerumHer2EcdInput", "RecommendationResponse", "OptionResponse", "CitationResponse" })
        {
            Assert.All(
                schemas.GetProperty(name).GetProperty("properties").EnumerateObject().Where(p => !p.Value.TryGetProperty("$ref", out _)),
                p => Assert.False(string.IsNullOrWhiteSpace(p.Value.GetProperty("description").GetString()), $"{name}.{p.Name} has no description"));
        }
    }

    [Fact]
    public async Task SwaggerJson_Info_StatesTheReviewCaveat()
    {
        var info = (await GetDocumentAsync()).GetProperty("info");

        Assert.Contains("2011", info.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SwaggerUi_Page_Is200Html()
    {
        using var response = await _client.GetAsync("/swagger", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("swagger-ui", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthLive_Is200()
    {
        using var response = await _client.GetAsync("/health/live", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<JsonElement> GetDocumentAsync()
    {
        using var response = await _client.GetAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    private async Task<JsonElement> GetRecommendationOperationAsync() =>
        (await GetDocumentAsync()).GetProperty("paths").GetProperty("/api/v1/recommendations").GetProperty("post");
}
