namespace CdsService.Api.CdsHooks.Orders;

using System.Text.Json;

/// <summary>Finds a trastuzumab product in a medication CodeableConcept or a Medication (docs/cds-hooks.md, "Trastuzumab products").</summary>
public static class RxNormMatcher
{
    public static TrastuzumabProducts.Match? Find(JsonElement codeableConcept) => TrastuzumabProducts.Default.Find(codeableConcept);

    /// <summary>A Medication is matched by its code, else by an ingredient's itemCodeableConcept (FHIR R4 Medication).</summary>
    public static TrastuzumabProducts.Match? FindInMedication(JsonElement medication)
    {
        if (medication.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var concepts = new List<JsonElement>();
        if (medication.TryGetProperty("code", out var code))
        {
            concepts.Add(code);
        }

        if (medication.TryGetProperty("ingredient", out var ingredients) && ingredients.ValueKind == JsonValueKind.Array)
        {
            concepts.AddRange(ingredients.EnumerateArray()
                .Where(i => i.ValueKind == JsonValueKind.Object && i.TryGetProperty("itemCodeableConcept", out _))
                .Select(i => i.GetProperty("itemCodeableConcept")));
        }

        var matches = concepts.Select(Find).OfType<TrastuzumabProducts.Match>().ToList();
        return matches.FirstOrDefault(m => !m.ByName) ?? matches.FirstOrDefault();
    }
}
