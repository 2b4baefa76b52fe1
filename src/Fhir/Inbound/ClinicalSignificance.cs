namespace CdsService.Fhir.Inbound;

using CdsService.Fhir.Terminology;
using CdsService.Rules.Model;
using Hl7.Fhir.Model;

/// <summary>
/// The laboratory's classification of a variant, from the Genomics Reporting clinical-significance component (LOINC
/// 53037-8, answer list LL4034-6: LA6668-3 Pathogenic, LA26332-9 Likely pathogenic, LA26333-7 Uncertain significance,
/// LA26334-5 Likely benign, LA6675-8 Benign). It is the same classification as the REST field
/// <c>pik3ca.classification</c>. Any other code or a text-only value is kept as <see cref="Reported"/> with no
/// <see cref="Classification"/>: listed as not understood, never guessed (docs/fhir.md, "What is read").
/// </summary>
internal sealed record ClinicalSignificance(string Reported, VariantClassification? Classification)
{
    private static readonly Dictionary<string, VariantClassification> ByLoincAnswer = new(StringComparer.Ordinal)
    {
        [AnswerCodes.Pathogenic] = VariantClassification.Pathogenic,
        [AnswerCodes.LikelyPathogenic] = VariantClassification.LikelyPathogenic,
        [AnswerCodes.UncertainSignificance] = VariantClassification.Uncertain,
        [AnswerCodes.LikelyBenign] = VariantClassification.LikelyBenign,
        [AnswerCodes.Benign] = VariantClassification.Benign,
    };

    public bool IsBenign => Classification is VariantClassification.Benign or VariantClassification.LikelyBenign;

    public bool IsPathogenic => Classification is VariantClassification.Pathogenic or VariantClassification.LikelyPathogenic;

    /// <summary>The first 53037-8 component, or null when the Observation has none.</summary>
    public static ClinicalSignificance? Read(Observation o)
    {
        if (ObservationFacts.Component(o, Loinc.ClinicalSignificance) is not { } component) return null;
        var codings = ObservationFacts.Codings(component.Value).Where(c => !string.IsNullOrWhiteSpace(c.Code)).ToList();
        foreach (var coding in codings.Where(c => c.System is null or CodeSystems.Loinc or CodeSystems.LoincOid))
        {
            var code = coding.Code!.Trim();
            if (ByLoincAnswer.TryGetValue(code, out var classification)) return new ClinicalSignificance(code, classification);
        }

        var reported = codings.Select(c => c.System is null ? c.Code : $"{c.System}|{c.Code}").FirstOrDefault()
            ?? ObservationFacts.Text(component.Value) ?? ObservationFacts.Describe(component.Value);
        return new ClinicalSignificance(reported, null);
    }
}
