namespace CdsService.Api.CdsHooks.Prefetch;

using System.Text.Json;
using CdsService.Api.CdsHooks.Requests;

/// <summary>
/// Turns each prefetch key into resources, by its state (CDS Hooks 2.0 §Prefetch; docs/cds-hooks.md P3-P8): present, used
/// as is (a paginated Bundle completed with the token); null, no data and no refetch; an OperationOutcome, a failed
/// client query; absent, fetched from fhirServer when allowed. A missing Patient or HER2 key fails the call with a 412;
/// a missing marker key is listed and the call goes on with what there is (docs/cds-hooks.md, "Missing markers").
/// Required keys are resolved first, so a marker query that outlives the shared deadline costs only the markers.
/// </summary>
public sealed class PrefetchResolver(FhirFetcher fetcher)
{
    public async Task<FetchResult> ResolveAsync(
        CdsHookRequest request, IReadOnlyDictionary<string, string> templates, FhirAccess? access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(templates);
        var resources = new List<JsonElement>();
        var missing = new List<string>();
        foreach (var (key, template) in templates.OrderBy(t => IsOptional(t.Key)))
        {
            var optional = IsOptional(key);
            FetchResult result;
            try
            {
                result = await ResolveKeyAsync(request, key, template, access, resources, cancellationToken);
            }
            catch (Exception ex) when (optional && ex is HttpRequestException or JsonException or OperationCanceledException)
            {
                result = FetchResult.Failed(ex is OperationCanceledException
                    ? "the FHIR server did not answer within the deadline"
                    : "the FHIR server could not be read");
            }

            if (!result.Succeeded)
            {
                if (!optional)
                {
                    return FetchResult.Failed($"prefetch '{key}': {result.Failure}");
                }

                missing.Add($"prefetch '{key}': {result.Failure}");
            }
        }

        return FetchResult.Of(resources) with { Missing = missing };
    }

    private static bool IsOptional(string key) => key is PrefetchTemplates.MarkersKey or PrefetchTemplates.BiomarkersKey;

    private async Task<FetchResult> ResolveKeyAsync(
        CdsHookRequest request, string key, string template, FhirAccess? access, List<JsonElement> resources, CancellationToken cancellationToken)
    {
        if (request.Prefetch.TryGetValue(key, out var value))
        {
            if (value.ValueKind == JsonValueKind.Null)
            {
                return FetchResult.Empty;
            }

            var failure = BundleReader.Collect(value, resources, out var next);
            if (failure is not null)
            {
                return FetchResult.Failed(failure);
            }

            if (next is null)
            {
                return FetchResult.Empty;
            }

            return access is null
                ? FetchResult.Failed("the prefetched Bundle is paginated and no allowlisted fhirServer with fhirAuthorization was given")
                : await fetcher.ContinueAsync(access, next, resources, cancellationToken);
        }

        return access is null
            ? FetchResult.Failed("absent, and no allowlisted fhirServer with fhirAuthorization to fetch it from")
            : await fetcher.GetAsync(access, PrefetchTemplateRenderer.Render(template, request), resources, cancellationToken);
    }
}
