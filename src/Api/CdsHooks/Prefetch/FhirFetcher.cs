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

    /// <summary>
    /// Largest page read from a FHIR server, and most resources one query may bring: one patient's HER2 and marker
    /// results fit many times over, and the parse that follows stays within its limits (docs/cds-hooks.md, "Limits").
    /// </summary>
    public const int MaxPageBytes = 2 * 1024 * 1024;

    public const int MaxResources = 1_000;

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
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if ((response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone) && page == 0 && !url.AbsoluteUri.Contains('?', StringComparison.Ordinal))
            {
                return FetchResult.Empty;
            }

            if (!response.IsSuccessStatusCode)
            {
                return FetchResult.Failed($"the FHIR server answered {(int)response.StatusCode}");
            }

            if (await ReadPageAsync(response, cancellationToken) is not { } body)
            {
                return FetchResult.Failed($"a page of the FHIR server's answer is larger than {MaxPageBytes / (1024 * 1024)} MiB");
            }

            using var document = JsonDocument.Parse(body, CdsHooksJson.DocumentOptions);
            var failure = BundleReader.Collect(document.RootElement, collected, out next);
            if (failure is not null)
            {
                return FetchResult.Failed(failure);
            }

            if (collected.Count > MaxResources)
            {
                return FetchResult.Failed($"the FHIR server's answer holds more than {MaxResources} resources");
            }
        }

        return FetchResult.Of(collected);
    }

    /// <summary>The page's bytes, or null when it is larger than <see cref="MaxPageBytes"/>: refused as it arrives, never buffered whole.</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadPageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > MaxPageBytes)
        {
            return null;
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxPageBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
