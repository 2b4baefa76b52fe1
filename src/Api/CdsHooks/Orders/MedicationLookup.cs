namespace CdsService.Api.CdsHooks.Orders;

using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using CdsService.Api.CdsHooks.Prefetch;

/// <summary>Resolves a medicationReference: contained (#id), in draftOrders by id or fullUrl, else a relative read.</summary>
public static class MedicationLookup
{
    public static JsonElement? Find(string reference, JsonElement order, IEnumerable<JsonElement> bundled)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.StartsWith('#'))
        {
            return order.TryGetProperty("contained", out var contained) && contained.ValueKind == JsonValueKind.Array
                ? contained.EnumerateArray().Cast<JsonElement?>().FirstOrDefault(c => IsMedication(c!.Value, reference[1..]))
                : null;
        }

        var id = reference[(reference.LastIndexOf('/') + 1)..];
        return bundled.Cast<JsonElement?>().FirstOrDefault(r => IsMedication(r!.Value, id));
    }

    /// <summary>Only "Medication/{id}" relative references are fetched; an absolute URL could point anywhere.</summary>
    public static bool TryRelative(string reference, [NotNullWhen(true)] out string? relative)
    {
        ArgumentNullException.ThrowIfNull(reference);
        relative = null;
        const string prefix = "Medication/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal) || reference.Length == prefix.Length
            || reference.AsSpan(prefix.Length).IndexOfAny('/', '?', '#') >= 0)
        {
            return false;
        }

        relative = prefix + Uri.EscapeDataString(reference[prefix.Length..]);
        return true;
    }

    private static bool IsMedication(JsonElement resource, string id) =>
        BundleReader.ResourceType(resource) == "Medication"
        && resource.TryGetProperty("id", out var value) && value.ValueKind == JsonValueKind.String && value.GetString() == id;
}
