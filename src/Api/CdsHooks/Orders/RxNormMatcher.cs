namespace CdsService.Api.CdsHooks.Orders;

using System.Text.Json;
using CdsService.Fhir.Terminology;

/// <summary>Trastuzumab is RxNorm ingredient 224905 (docs/fhir.md).</summary>
public static class RxNormMatcher
{
    public const string TrastuzumabRxCui = RxNormCodes.Trastuzumab;

    public static bool IsTrastuzumab(JsonElement codeableConcept)
    {
        if (codeableConcept.ValueKind != JsonValueKind.Object || !codeableConcept.TryGetProperty("coding", out var codings)
            || codings.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        return codings.EnumerateArray().Any(c => c.ValueKind == JsonValueKind.Object
            && c.TryGetProperty("system", out var system) && system.ValueKind == JsonValueKind.String && system.GetString() == CodeSystems.RxNorm
            && c.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String && code.GetString() == TrastuzumabRxCui);
    }

    /// <summary>A Medication is trastuzumab by its code or by an ingredient's itemCodeableConcept (FHIR R4 Medication).</summary>
    public static bool IsTrastuzumabMedication(JsonElement medication)
    {
        if (medication.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        if (medication.TryGetProperty("code", out var code) && IsTrastuzumab(code))
        {
            return true;
        }

        return medication.TryGetProperty("ingredient", out var ingredients) && ingredients.ValueKind == JsonValueKind.Array
            && ingredients.EnumerateArray().Any(i => i.ValueKind == JsonValueKind.Object
                && i.TryGetProperty("itemCodeableConcept", out var item) && IsTrastuzumab(item));
    }
}
