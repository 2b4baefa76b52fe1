namespace CdsService.Api.Tests.Fhir;

using System.Net.Http.Headers;
using System.Text;
using CdsService.Fhir;
using Hl7.Fhir.Model;

/// <summary>Sends FHIR bodies to /fhir and reads FHIR answers with the service's own strict parser.</summary>
public static class FhirClient
{
    public const string EvaluatePath = "/fhir/$evaluate";

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    public static Task<HttpResponseMessage> PostFhirAsync(this HttpClient client, string body, string mediaType = FhirJson.MediaType) =>
        client.PostFhirAsync(Encoding.UTF8.GetBytes(body), mediaType);

    public static Task<HttpResponseMessage> PostFhirAsync(this HttpClient client, byte[] body, string mediaType = FhirJson.MediaType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return client.PostAsync(EvaluatePath, content, TestContext.Current.CancellationToken);
    }

    public static async Task<T> ReadFhirAsync<T>(this HttpResponseMessage response) where T : Resource
    {
        Assert.Equal(FhirJson.MediaType, response.Content.Headers.ContentType?.MediaType);
        return Assert.IsAssignableFrom<T>(FhirJson.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }
}
