namespace CdsService.Api.Tests;

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

/// <summary>Raw-JSON helpers: the tests send exactly the bytes a client would, including broken ones.</summary>
public static class ApiClient
{
    public const string RecommendationsPath = "/api/v1/recommendations";
    public const string ProblemJson = "application/problem+json";

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string json) =>
        client.PostAsync(RecommendationsPath, JsonContent(json), TestContext.Current.CancellationToken);

    public static ByteArrayContent JsonContent(string json) => JsonContent(Encoding.UTF8.GetBytes(json));

    public static ByteArrayContent JsonContent(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static string[] PropertyNames(this JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    public static string[] Strings(this JsonElement array, string property) =>
        [.. array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!)];
}
