namespace CdsService.Api.Smart;

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

/// <summary>
/// Exchanges the authorization code at the EHR's token endpoint with the PKCE verifier (SMART App Launch 2.x §Obtain
/// access token; RFC 7636 §4.5). A public client sends its client_id; a confidential one authenticates with
/// client_secret_basic (RFC 6749 §2.3.1).
/// </summary>
public sealed class SmartTokenClient(IHttpClientFactory httpClientFactory)
{
    public async Task<SmartToken> ExchangeAsync(PendingLaunch launch, string code, Uri redirectUri, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(launch);
        ArgumentNullException.ThrowIfNull(redirectUri);
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = redirectUri.AbsoluteUri,
            ["code_verifier"] = launch.CodeVerifier,
        };
        var confidential = !string.IsNullOrEmpty(launch.Client.ClientSecret);
        if (!confidential)
            form["client_id"] = launch.Client.ClientId;
        using var request = new HttpRequestMessage(HttpMethod.Post, launch.Endpoints.TokenEndpoint) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Accept.ParseAdd("application/json");
        if (confidential)
        {
            var basic = Uri.EscapeDataString(launch.Client.ClientId) + ":" + Uri.EscapeDataString(launch.Client.ClientSecret!);
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(basic)));
        }

        try
        {
            using var response = await httpClientFactory.CreateClient(SmartDiscovery.HttpClientName).SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
                throw Refused();
            using var document = JsonDocument.Parse(body);
            return Read(document.RootElement);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new SmartFailureException(StatusCodes.Status502BadGateway, "The EHR did not give access",
                "The EHR's token endpoint could not be reached or answered something unreadable. Launch the app again from the patient's chart; if it keeps failing, tell the EHR's administrators.");
        }
    }

    private static SmartToken Read(JsonElement root)
    {
        var token = Text(root, "access_token");
        var type = Text(root, "token_type");
        if (token is null || !string.Equals(type, "bearer", StringComparison.OrdinalIgnoreCase))
            throw Refused();

        // SMART App Launch 2.x §Launch context: with the launch scope the EHR names the patient in the token response.
        var patient = Text(root, "patient");
        if (string.IsNullOrWhiteSpace(patient) || patient.Length > 64)
            throw new SmartFailureException(StatusCodes.Status400BadRequest, "No patient in context",
                "The EHR gave access without naming a patient. Open a patient's chart in the EHR and launch the app from there.");
        var expires = root.TryGetProperty("expires_in", out var e) && e.TryGetInt64(out var seconds) ? seconds : 0;
        return new SmartToken(token, patient, Text(root, "scope") ?? "", expires);
    }

    private static string? Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>RFC 6749 §5.2: an expired, reused or unknown code is invalid_grant; the page says what to do either way.</summary>
    private static SmartFailureException Refused() => new(StatusCodes.Status400BadRequest, "The sign-in code was not accepted",
        "The EHR refused the sign-in code: it has expired or was already used (a reloaded or bookmarked page does this). Launch the app again from the patient's chart.");
}
