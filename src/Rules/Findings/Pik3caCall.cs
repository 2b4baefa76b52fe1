namespace CdsService.Rules.Findings;

using System.Text;
using CdsService.Rules.Model;

/// <summary>
/// Whether a reported PIK3CA result is an activating mutation (the review's resistance factor [18], [60]) or a variant
/// not known to be one. Activating: a curated hotspot, or any variant the laboratory classes pathogenic or likely
/// pathogenic; "mutated" with neither variant nor classification stays activating, because clinical PIK3CA assays
/// report only hotspot mutations. Anything else (a variant of uncertain significance, benign, a germline polymorphism
/// such as I391M, an unreadable variant) is uncertain (docs/clinical-rules.md, "PIK3CA").
/// </summary>
public static class Pik3caCall
{
    public enum Kind { NotMutated, Activating, Uncertain }

    private const string ExonNote =
        " The review notes that most activating PIK3CA mutations lie in exons 9 (helical domain) and 20 (kinase domain) [61], [62], [65].";

    public static Kind Classify(Pik3caResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Status != Pik3caStatus.Mutated) return Kind.NotMutated;
        if (result.Classification is VariantClassification.Pathogenic or VariantClassification.LikelyPathogenic) return Kind.Activating;
        if (result.Variants.Any(v => Pik3caVariantParser.Parse(v).IsActivatingHotspot)) return Kind.Activating;
        return result.Variants.Count == 0 && result.Classification is null ? Kind.Activating : Kind.Uncertain;
    }

    /// <summary>"This patient: PIK3CA mutated: H1047R (a hotspot the review names), Q546K (a curated hotspot)." with what decided it.</summary>
    public static string Describe(Pik3caResult result, Kind kind)
    {
        ArgumentNullException.ThrowIfNull(result);
        // A variant not known to be activating is "reported", not "mutated": it may be a germline polymorphism
        // (docs/clinical-rules.md, "Wording rules").
        var uncertain = kind != Kind.Activating;
        var text = new StringBuilder(uncertain ? "This patient: PIK3CA variant reported" : "This patient: PIK3CA mutated", 240);
        if (result.Variants.Count == 0) text.Append(" (no variant given)");
        else text.Append(": ");
        for (var i = 0; i < result.Variants.Count; i++)
        {
            var variant = Pik3caVariantParser.Parse(result.Variants[i]);
            if (i > 0) text.Append(", ");
            text.Append(variant.Display);
            if (variant.IsReviewHotspot) text.Append(" (a hotspot the review names)");
            else if (variant.IsActivatingHotspot) text.Append(" (an activating hotspot; ").Append(Pik3caHotspots.Source).Append(')');
            else if (variant.ProteinChange is null) text.Append(" (not read as a protein substitution; as reported)");
        }

        if (uncertain)
            text.Append(result.Classification is VariantClassification.Uncertain ? " (laboratory: uncertain significance)"
                : result.Classification is { } c ? " (laboratory: " + Vocabulary.WireNames.Of(c) + ")" : " (no laboratory classification given)");
        text.Append('.');
        if (!uncertain && result.Classification is { } classification)
            text.Append(" Laboratory classification: ").Append(Vocabulary.WireNames.Of(classification)).Append('.');
        text.Append(kind switch
        {
            Kind.Activating when result.Variants.Count == 0 && result.Classification is null =>
                " The variant was not given; clinical PIK3CA assays report hotspot (activating) mutations, so it is read as activating.",
            Kind.Activating when result.Classification is VariantClassification.Pathogenic or VariantClassification.LikelyPathogenic =>
                " Read as activating: the laboratory classes it as pathogenic or likely pathogenic.",
            Kind.Activating => " Read as activating: a known activating hotspot.",
            _ => " The review speaks of activating PIK3CA mutations; this variant is not known to be one (not a curated hotspot, and not classed pathogenic or likely pathogenic by the laboratory).",
        });
        if (kind == Kind.Activating && HotspotClassedBenign(result))
            text.Append(" The laboratory's classification conflicts with the hotspot: verify the report.");
        return text.Append(ExonNote).ToString();
    }

    private static bool HotspotClassedBenign(Pik3caResult result) =>
        result.Classification is VariantClassification.Benign or VariantClassification.LikelyBenign or VariantClassification.Uncertain
        && result.Variants.Any(v => Pik3caVariantParser.Parse(v).IsActivatingHotspot);
}
