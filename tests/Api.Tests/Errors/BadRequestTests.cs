namespace CdsService.Api.Tests.Errors;

using System.Net;
using System.Text;

public sealed class BadRequestTests(CdsApiFactory factory) : IClassFixture<CdsApiFactory>
{
    private const int OneMebibyte = 1_048_576;

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Post_MalformedJson_Is400InvalidJsonNamingPathAndLine()
    {
        using var response = await _client.PostJsonAsync("{ \"pten\": \"loss\",\n  \"her2\": { \"ihc\": } }");

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, "urn:cds-service:problem:invalid-json");
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("'her2.ihc'", detail, StringComparison.Ordinal);
        Assert.Contains("line 2", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "pten": 5 }""", "pten", "Must be a string.")]
    [InlineData("""{ "her2": "x" }""", "her2", "Must be an object.")]
    [InlineData("""{ "her2": { "ihc": "3+", "ihcMembraneStaining": "yes" } }""", "her2.ihcMembraneStaining", "Must be true or false.")]
    [InlineData("""{ "her2": { "ish": { "assay": "dual-probe", "recountGroup": 2.5 } } }""", "her2.ish.recountGroup", "Must be an integer.")]
    [InlineData("""{ "her2": { "ish": { "assay": "dual-probe", "her2Cep17Ratio": true } } }""", "her2.ish.her2Cep17Ratio", "Must be a number.")]
    [InlineData("""{ "pik3ca": { "status": "mutated", "variants": "H1047R" } }""", "pik3ca.variants", "Must be an array.")]
    [InlineData("""{ "pik3ca": { "status": "mutated", "variants": ["H1047R", 7] } }""", "pik3ca.variants[1]", "Must be a string.")]
    public async Task Post_WrongJsonType_Is400NamingTheField(string json, string field, string message)
    {
        using var response = await _client.PostJsonAsync(json);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, "urn:cds-service:problem:invalid-field-type");
        var errors = problem.GetProperty("errors");
        Assert.Equal([field], errors.PropertyNames());
        Assert.Equal(message, errors.GetProperty(field)[0].GetString());
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("\"pten\"")]
    [InlineData("null")]
    public async Task Post_BodyNotAnObject_Is400(string json)
    {
        using var response = await _client.PostJsonAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ApiClient.ProblemJson, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_EmptyBody_Is400Problem()
    {
        using var response = await _client.PostJsonAsync(string.Empty);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "urn:cds-service:problem:bad-request");
    }

    [Fact]
    public async Task Post_DeepNestingInAnUnknownField_Is400NamingTheField()
    {
        var json = "{ \"pten\": \"loss\", \"extra\": " + new string('[', 40) + new string(']', 40) + " }";

        using var response = await _client.PostJsonAsync(json);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, "urn:cds-service:problem:validation");
        Assert.Equal(["extra"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task Post_BodyOfOneMebibytePlusOne_Is413Problem()
    {
        using var response = await _client.PostAsync(ApiClient.RecommendationsPath, ApiClient.JsonContent(PaddedPanel(OneMebibyte + 1)), TestContext.Current.CancellationToken);

        var problem = await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "urn:cds-service:problem:body-too-large");
        Assert.Equal("This endpoint accepts request bodies of at most 1048576 bytes.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Post_BodyOfExactlyOneMebibyte_IsAccepted()
    {
        using var response = await _client.PostAsync(ApiClient.RecommendationsPath, ApiClient.JsonContent(PaddedPanel(OneMebibyte)), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_TextPlain_Is415Problem()
    {
        using var content = new StringContent("""{ "pten": "loss" }""", Encoding.UTF8, "text/plain");

        using var response = await _client.PostAsync(ApiClient.RecommendationsPath, content, TestContext.Current.CancellationToken);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "urn:cds-service:problem:unsupported-media-type");
    }

    [Fact]
    public async Task Get_UnknownRoute_Is404Problem()
    {
        using var response = await _client.GetAsync("/api/v1/nothing-here", TestContext.Current.CancellationToken);

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "urn:cds-service:problem:not-found");
    }

    /// <summary>A valid panel padded with JSON whitespace to exactly <paramref name="size"/> bytes (an unknown property would be refused).</summary>
    private static byte[] PaddedPanel(int size)
    {
        const string Head = "{ \"pten\": \"loss\"";
        const string Tail = "}";
        return Encoding.UTF8.GetBytes(Head + new string(' ', size - Head.Length - Tail.Length) + Tail);
    }

    private static async Task<System.Text.Json.JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(ApiClient.ProblemJson, response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal(type, problem.GetProperty("type").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
        return problem;
    }
}
