namespace CdsService.Fhir.Inbound;

using CdsService.Rules.Model;
using CdsService.Rules.Vocabulary;

/// <summary>One detected PIK3CA variant as a Variant Observation reports it, with the laboratory's classification if any.</summary>
internal sealed record ReportedPik3caVariant(string Name, VariantClassification? Classification)
{
    /// <summary>
    /// The one classification the rules take for the patient's PIK3CA result (the REST field <c>pik3ca.classification</c>):
    /// the most pathogenic one reported. One pathogenic or likely pathogenic variant is enough for an activating call
    /// (docs/clinical-rules.md, "PIK3CA"), and a hotspot is activating whatever is reported; when the variants are
    /// classified differently, a mapping warning names each so that the reader sees which variant carries which.
    /// </summary>
    public static VariantClassification? ForPatient(IReadOnlyList<ReportedPik3caVariant> variants, MappingContext context)
    {
        var given = variants.Where(v => v.Classification is not null).ToList();
        if (given.Count == 0) return null;
        var chosen = given.Min(v => v.Classification!.Value);
        if (variants.Select(v => v.Classification).Distinct().Count() > 1)
        {
            var each = string.Join(", ", variants.Select(v => $"{v.Name} {(v.Classification is { } c ? WireNames.Of(c) : "not classified")}"));
            context.Warn("pik3ca.classification", $"the PIK3CA variants are classified differently ({each}); the most pathogenic, {WireNames.Of(chosen)}, is used");
        }

        return chosen;
    }
}
