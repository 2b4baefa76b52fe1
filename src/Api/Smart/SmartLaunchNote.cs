namespace CdsService.Api.Smart;

using System.Text.Json;
using CdsService.Api.CdsHooks.Prefetch;

/// <summary>
/// What one launch read from the EHR and what it did not use, stored as the launch's output (docs/smart.md, "What is
/// stored"): the resources read ("Type/id"), those the FHIR mapping left out ("reference: reason"), and the searches
/// that failed. No values, no token.
/// </summary>
public sealed record SmartLaunchNote(string Issuer, string Patient, IReadOnlyList<string> Read, IReadOnlyList<string> NotUsed, IReadOnlyList<string> Unread)
{
    public static IReadOnlyList<string> References(IReadOnlyList<JsonElement> resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        return resources
            .Select(r => BundleReader.ResourceType(r) is { } type && r.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? $"{type}/{id.GetString()}"
                : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
