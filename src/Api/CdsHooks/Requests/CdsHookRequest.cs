namespace CdsService.Api.CdsHooks.Requests;

using System.Text.Json;

/// <summary>
/// A validated hook call (CDS Hooks 2.0 §HTTP Request). Context and prefetch stay raw JSON: unknown members and the
/// reserved <c>extension</c> are tolerated (docs/cds-hooks.md G3) and FHIR content goes to src/Fhir untouched.
/// </summary>
public sealed record CdsHookRequest(
    string Hook,
    string HookInstance,
    Uri? FhirServer,
    FhirAuthorization? FhirAuthorization,
    string PatientId,
    string UserId,
    string? EncounterId,
    IReadOnlyList<string> Selections,
    JsonElement? DraftOrders,
    IReadOnlyDictionary<string, JsonElement> Prefetch)
{
    public bool CanQueryFhir => FhirServer is not null && FhirAuthorization is not null;
}
