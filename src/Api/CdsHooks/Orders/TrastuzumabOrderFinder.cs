namespace CdsService.Api.CdsHooks.Orders;

using System.Text.Json;
using CdsService.Api.CdsHooks.Prefetch;
using CdsService.Api.CdsHooks.Requests;

/// <summary>
/// Finds the draft MedicationRequests for a trastuzumab product (docs/cds-hooks.md): by code or name in medicationCodeableConcept,
/// or through medicationReference resolved from draftOrders or fetched. order-select looks only at the selections
/// (HL7 order-select: "selections ... the orders the user has just selected"). Drafts without medication[x], as the
/// sandbox sends, are simply not trastuzumab (docs/cds-hooks.md, "Real clients").
/// </summary>
public sealed class TrastuzumabOrderFinder(FhirFetcher fetcher)
{
    public async Task<(IReadOnlyList<DraftOrder> Orders, string? Failure)> FindAsync(
        CdsHookRequest request, FhirAccess? access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var resources = DraftResources(request.DraftOrders);
        var found = new List<DraftOrder>();
        foreach (var order in resources.Where(r => BundleReader.ResourceType(r) == "MedicationRequest"))
        {
            var reference = "MedicationRequest/" + (order.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : "");
            if (request.Hook == Hooks.OrderSelect && !request.Selections.Contains(reference, StringComparer.Ordinal))
            {
                continue;
            }

            var (match, failure) = await MatchAsync(order, resources, access, cancellationToken);
            if (failure is not null)
            {
                return ([], $"{reference}: {failure}");
            }

            if (match is not null)
            {
                found.Add(new DraftOrder(reference, match.Agent, match.ByName));
            }
        }

        return (found, null);
    }

    private async Task<(TrastuzumabProducts.Match?, string?)> MatchAsync(
        JsonElement order, List<JsonElement> bundled, FhirAccess? access, CancellationToken cancellationToken)
    {
        if (order.TryGetProperty("medicationCodeableConcept", out var concept))
        {
            return (RxNormMatcher.Find(concept), null);
        }

        if (!order.TryGetProperty("medicationReference", out var medicationReference)
            || !medicationReference.TryGetProperty("reference", out var referenceValue) || referenceValue.ValueKind != JsonValueKind.String)
        {
            return (null, null);
        }

        var reference = referenceValue.GetString()!;
        var medication = MedicationLookup.Find(reference, order, bundled);
        if (medication is not null)
        {
            return (RxNormMatcher.FindInMedication(medication.Value), null);
        }

        if (access is null || !MedicationLookup.TryRelative(reference, out var relative))
        {
            return (null, "its medicationReference is not in draftOrders and cannot be fetched");
        }

        var fetched = await fetcher.GetAsync(access, relative, [], cancellationToken);
        return fetched.Succeeded
            ? (fetched.Resources.Select(RxNormMatcher.FindInMedication).FirstOrDefault(m => m is not null), null)
            : (null, "its Medication could not be fetched: " + fetched.Failure);
    }

    private static List<JsonElement> DraftResources(JsonElement? bundle)
    {
        var resources = new List<JsonElement>();
        if (bundle is { } value && value.TryGetProperty("entry", out var entries) && entries.ValueKind == JsonValueKind.Array)
        {
            resources.AddRange(entries.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("resource", out _))
                .Select(e => e.GetProperty("resource")));
        }

        return resources;
    }
}
