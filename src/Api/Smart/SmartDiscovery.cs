namespace CdsService.Api.Smart;

using System.Text.Json;
using CdsService.Api.CdsHooks;

/// <summary>
/// Reads {iss}/.well-known/smart-configuration (SMART App Launch 2.x §Conformance), bounded in size and time and
/// without following redirects; only an allowlisted iss is ever asked (docs/smart.md, "The flow").
/// </summary>
public sealed class SmartDiscovery(IHttpClientFactory httpClientFactory)
{
    public const string HttpClientName = "Smart";

    public async Task<SmartEndpointsDocument> ReadAsync(SmartClientOptions client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var url = new Uri(client.Issuer.TrimEnd('/') + "/.well-known/smart-configuration");
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd("application/json");
            using var response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
                throw Unreadable($"it answered {(int)response.StatusCode}");
            using var document = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken));
            return Parse(document.RootElement);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw Unreadable(ex is TaskCanceledException ? "it did not answer in time" : "it could not be read");
        }
    }

    private static SmartEndpointsDocument Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
            throw Unreadable("it is not a JSON object");
        var authorize = Endpoint(root, "authorization_endpoint");
        var token = Endpoint(root, "token_endpoint");

        // SMART App Launch 2.x §Conformance: a server that lists its PKCE methods must offer S256, the only one used here.
        if (root.TryGetProperty("code_challenge_methods_supported", out var methods) && methods.ValueKind == JsonValueKind.Array
            && !methods.EnumerateArray().Any(m => m.ValueKind == JsonValueKind.String && m.GetString() == "S256"))
            throw Unreadable("it does not support PKCE with S256");
        return new SmartEndpointsDocument(authorize, token);
    }

    private static Uri Endpoint(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && SafeUrl.TryParse(value.GetString(), out var uri)
            ? uri
            : throw Unreadable($"its {name} is missing or not an https URL");

    private static SmartFailureException Unreadable(string why) => new(StatusCodes.Status502BadGateway, "The EHR's SMART configuration could not be read",
        $"The EHR's .well-known/smart-configuration could not be used: {why}. Ask the EHR's administrators to check the app's SMART registration, then launch again.");
}
