namespace CdsService.Api.Tests.Recommendations;

using System.Net;

/// <summary>A field the contract does not have, at any depth, is a 400 naming it: a misspelt marker is never dropped quietly.</summary>
public sealed class UnknownFieldTests(CdsApiFactory factory) : IClassFixture<CdsApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string> UnknownFields => new()
    {
        { """{"her2":{"ihc":"3+"},"ptne":"loss"}""", "ptne" },
        { """{"ptne":"loss","her2":{"ihc":"3+"}}""", "ptne" },
        { """{"her2":{"ihc":"3+","ihcScore":"3+"}}""", "her2.ihcScore" },
        { """{"her2":{"ish":{"assay":"dual-probe","her2Cep17Ratio":2.3,"meanHer2CopiesPerCell":4.6,"ratio":2.3}}}""", "her2.ish.ratio" },
        { """{"pik3ca":{"status":"mutated","variants":["H1047R"],"variant":"E545K"}}""", "pik3ca.variant" },
        { """{"serumHer2Ecd":{"value":32.5,"unit":"ng/mL","units":"ng/mL"}}""", "serumHer2Ecd.units" },
        { """{"pten":"loss","rankng":"review"}""", "rankng" },
    };

    [Theory]
    [MemberData(nameof(UnknownFields))]
    public async Task Post_UnknownField_Is400ValidationProblemNamingIt(string json, string key)
    {
        using var response = await _client.PostJsonAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ApiClient.ProblemJson, response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("urn:cds-service:problem:validation", problem.GetProperty("type").GetString());
        Assert.Equal("The request has invalid fields", problem.GetProperty("title").GetString());
        Assert.Equal([key], problem.GetProperty("errors").PropertyNames());
        Assert.Equal(
            "Unknown field: it is not part of this request (check its spelling against /swagger); nothing was evaluated.",
            Assert.Single(problem.GetProperty("errors").GetProperty(key).EnumerateArray()).GetString());
    }
}
