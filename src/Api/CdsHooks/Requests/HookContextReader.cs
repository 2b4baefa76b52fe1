namespace CdsService.Api.CdsHooks.Requests;

using System.Text.Json;

/// <summary>
/// Context fields per hook (HL7 CDS Hooks library: patient-view, order-select, order-sign; docs/cds-hooks.md R6). Ids are
/// held to FHIR's id rule only when the service may query fhirServer with them (CdsHookRequestParser): with a full
/// prefetch, real EHR ids run past 200 characters and contain other characters (CDS Hooks 3.0 ballot example).
/// </summary>
internal static class HookContextReader
{
    private const string Path = "context.";

    public sealed record HookContext(string PatientId, string UserId, string? EncounterId, IReadOnlyList<string> Selections, JsonElement? DraftOrders);

    public static HookContext? Read(JsonElement root, string hook, List<string> errors)
    {
        if (!root.TryGetProperty("context", out var context) || context.ValueKind != JsonValueKind.Object)
        {
            errors.Add("context: required, an object.");
            return null;
        }

        var count = errors.Count;
        var userId = CdsHookRequestParser.RequiredString(context, "userId", errors, Path);
        var patientId = CdsHookRequestParser.RequiredIdentifier(context, "patientId", errors, Path);
        var encounterId = context.TryGetProperty("encounterId", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
        IReadOnlyList<string> selections = [];
        JsonElement? draftOrders = null;
        if (hook is Hooks.OrderSelect or Hooks.OrderSign)
        {
            draftOrders = ReadDraftOrders(context, errors);
        }

        if (hook == Hooks.OrderSelect)
        {
            selections = ReadSelections(context, errors);
        }

        return errors.Count > count ? null : new HookContext(patientId!, userId!, encounterId, selections, draftOrders);
    }

    // docs/cds-hooks.md, "Real clients": the sandbox's draftOrders Bundle has no type, so only resourceType is checked.
    private static JsonElement? ReadDraftOrders(JsonElement context, List<string> errors)
    {
        if (context.TryGetProperty("draftOrders", out var bundle) && bundle.ValueKind == JsonValueKind.Object
            && bundle.TryGetProperty("resourceType", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "Bundle")
        {
            return bundle;
        }

        errors.Add("context.draftOrders: required, a FHIR Bundle.");
        return null;
    }

    private static List<string> ReadSelections(JsonElement context, List<string> errors)
    {
        if (context.TryGetProperty("selections", out var value) && value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0
            && value.EnumerateArray().All(s => s.ValueKind == JsonValueKind.String && s.GetString()!.Length > 0))
        {
            return value.EnumerateArray().Select(s => s.GetString()!).ToList();
        }

        errors.Add("context.selections: required, a non-empty array of 'Type/id' strings.");
        return [];
    }
}
