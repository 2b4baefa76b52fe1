namespace CdsService.Api.CdsHooks.Prefetch;

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CdsService.Api.CdsHooks.Contracts;

/// <summary>
/// Reads from the client's FHIR server with its bearer token (CDS Hooks 2.0 §FHIR Resource Access). Redirects are
/// off and next links must stay on the same server (SSRF); the caller's token carries the hook's deadline (F3).
/// </summary>
public sealed class FhirFetcher(IHttpClientFactory httpClientFactory)
{
    public const string HttpClientName = "CdsHooks.Fhir";
    private const int MaxPages = 20;

    public async Task<FetchResult> GetAsync(FhirAccess access, string relative, List<JsonElement> collected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var url = new Uri(access.BaseUrl.AbsoluteUri.TrimEnd('/') + "/" + relative);
        return await GetPagesAsync(access, url, collected, cancellationToken);
    }

    /// <summary>docs/cds-hooks.md P8: a paginated prefetch is completed by following its next link, with the token.</summary>
    public Task<FetchResult> ContinueAsync(FhirAccess access, Uri next, List<JsonElement> collected, CancellationToken cancellationToken) =>
        GetPagesAsync(access, next, collected, cancellationToken);

    private async Task<FetchResult> GetPagesAsync(FhirAccess access, Uri url, List<JsonElement> collected, CancellationToken cancellationToken)
    {
        Uri? next = url;
        for (var page = 0; next is not null; page++)
        {
            if (page == MaxPages || !access.Covers(next))
            {
                return FetchResult.Failed(page == MaxPages ? "too many result pages" : "a next link points outside the FHIR server");
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, next);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", access.AccessToken);
            request.Headers.Accept.ParseAdd("application/fhir+json");
            using var response = await httpClientFactory.CreateClient(HttpClientName)
                .SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            if ((response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone) && page == 0 && !url.AbsoluteUri.Contains('?', StringComparison.Ordinal))
            {
                return FetchResult.Empty;
            }

            if (!response.IsSuccessStatusCode)
            {
                return FetchResult.Failed($"the FHIR server answered {(int)response.StatusCode}");
            }

            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var document = await JsonDocument.ParseAsync(stream, CdsHooksJson.DocumentOptions, cancellationToken);
            var failure = BundleReader.Collect(document.RootElement, collected, out next);
            if (failure is not null)
            {
                return FetchResult.Failed(failure);
            }
        }

        return FetchResult.Of(collected);
    }
}
