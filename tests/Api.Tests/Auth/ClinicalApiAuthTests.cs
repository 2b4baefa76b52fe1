namespace CdsService.Api.Tests.Auth;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

/// <summary>REST auth required outside Development (JWT bearer from an authority, or API keys; README, "Authentication").</summary>
public sealed class ClinicalApiAuthTests(AuthApiFactory factory) : IClassFixture<AuthApiFactory>
{
    private static readonly object Panel = new { her2 = new { ihc = "3+" }, pten = "loss" };

    private async Task<HttpResponseMessage> PostAsync(Action<HttpRequestHeaders>? authorize = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/recommendations") { Content = JsonContent.Create(Panel) };
        authorize?.Invoke(request.Headers);
        return await factory.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Recommendations_WithoutCredentials_Is401ProblemJsonWithBearerChallenge()
    {
        using var response = await PostAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Theory]
    [InlineData("wrong-key")]
    [InlineData(AuthApiFactory.ApiKey + "x")]
    [InlineData(" ")]
    public async Task Recommendations_WithAnUnknownApiKey_Is401(string key)
    {
        using var response = await PostAsync(h => h.Add("X-Api-Key", key));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Recommendations_WithTheConfiguredApiKey_Is200()
    {
        using var response = await PostAsync(h => h.Add("X-Api-Key", AuthApiFactory.ApiKey));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        // HER2 3+ with PTEN loss under the default lens "current": the finding is listed and pertuzumab leads (the answer,
        // not only the status, proves the request reached the engine).
        Assert.Equal("pten-loss", body.RootElement.GetProperty("findings")[0].GetProperty("id").GetString());
        Assert.Equal("pertuzumab", body.RootElement.GetProperty("options")[0].GetProperty("agentId").GetString());
    }

    [Fact]
    public async Task Recommendations_WithAValidBearerToken_Is200()
    {
        var token = factory.Authority.Mint(AuthApiFactory.Audience);

        using var response = await PostAsync(h => h.Authorization = new AuthenticationHeaderValue("Bearer", token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string> BadTokens => ["wrong-audience", "expired", "foreign-key", "wrong-issuer"];

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Recommendations_WithAnInvalidBearerToken_Is401(string kind)
    {
        var authority = factory.Authority;
        var token = kind switch
        {
            "wrong-audience" => authority.Mint("another-api"),
            "expired" => authority.Mint(AuthApiFactory.Audience, expires: DateTime.UtcNow.AddMinutes(-10)),
            "foreign-key" => authority.Mint(AuthApiFactory.Audience, signingKey: new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-rs256" }),
            _ => authority.Mint(AuthApiFactory.Audience, issuer: "https://idp.example.org"),
        };

        using var response = await PostAsync(h => h.Authorization = new AuthenticationHeaderValue("Bearer", token));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        // docs/security.md, "Output": the challenge names the scheme only, never the reason or the server clock.
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).ToString());
    }

    [Theory]
    [InlineData("/api/v1/knowledge-base")]
    [InlineData("/api/v1/evaluations")]
    public async Task OtherClinicalRoutes_WithoutCredentials_Are401(string path)
    {
        using var response = await factory.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/swagger/v1/swagger.json")]
    public async Task ProbesAndTheApiDescription_NeedNoCredentials(string path)
    {
        using var response = await factory.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SwaggerDocument_DeclaresApiKeyOrBearerOnTheClinicalRoutes()
    {
        var json = await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(json);
        var schemes = document.RootElement.GetProperty("components").GetProperty("securitySchemes");
        var security = document.RootElement.GetProperty("paths").GetProperty("/api/v1/recommendations").GetProperty("post").GetProperty("security");

        Assert.Equal("X-Api-Key", schemes.GetProperty("ApiKey").GetProperty("name").GetString());
        Assert.Equal("bearer", schemes.GetProperty("Bearer").GetProperty("scheme").GetString());
        Assert.Equal(["ApiKey", "Bearer"], security.EnumerateArray().Select(r => r.EnumerateObject().Single().Name).ToArray());
    }

    [Fact]
    public async Task FhirEvaluate_WithoutCredentials_Is401OperationOutcome()
    {
        using var content = new StringContent("""{"resourceType":"Bundle","type":"collection"}""", System.Text.Encoding.UTF8, "application/fhir+json");

        using var response = await factory.CreateClient().PostAsync("/fhir/$evaluate", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        using var outcome = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("OperationOutcome", outcome.RootElement.GetProperty("resourceType").GetString());
        Assert.Equal("login", outcome.RootElement.GetProperty("issue")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task FhirEvaluate_WithTheConfiguredApiKey_Is200Bundle()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/fhir/$evaluate")
        {
            Content = new StringContent("""{"resourceType":"Bundle","type":"collection"}""", System.Text.Encoding.UTF8, "application/fhir+json"),
        };
        request.Headers.Add("X-Api-Key", AuthApiFactory.ApiKey);

        using var response = await factory.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var bundle = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Bundle", bundle.RootElement.GetProperty("resourceType").GetString());
    }

    [Fact]
    public async Task FhirMetadata_NeedsNoCredentials()
    {
        using var response = await factory.CreateClient().GetAsync("/fhir/metadata", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
