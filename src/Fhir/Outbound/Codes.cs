namespace CdsService.Fhir.Outbound;

using CdsService.Fhir.Terminology;
using CdsService.Rules.Engine;
using CdsService.Rules.Model;
using Hl7.Fhir.Model;

/// <summary>CodeableConcepts of the output: the service's vocabularies (docs/fhir.md, "Codes") with standard codes beside them.</summary>
internal static class Codes
{
    public static CodeableConcept Local(string system, string code, string? display = null) => new(system, code, display, display);

    public static CodeableConcept Loinc(string code, string display) => new(CodeSystems.Loinc, code, display, null);

    public static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    public static string Her2StatusCode(Her2Status status) => Lower(status);

    /// <summary>HER2 status with the LOINC answer and SNOMED CT result where one exists (docs/fhir.md, "What is read").</summary>
    public static CodeableConcept Her2StatusValue(Her2Status status)
    {
        var cc = Local(LocalCodeSystems.Her2Status, Her2StatusCode(status), Her2StatusCode(status));
        cc.Text = $"HER2 {Her2StatusCode(status)}";
        (string Loinc, string Sct, string Display)? standard = status switch
        {
            Her2Status.Positive => (AnswerCodes.Positive, AnswerCodes.SctPositive, "Positive"),
            Her2Status.Negative => (AnswerCodes.Negative, AnswerCodes.SctNegative, "Negative"),
            Her2Status.Equivocal => (AnswerCodes.Equivocal, AnswerCodes.SctEquivocal, "Equivocal"),
            _ => null,
        };
        if (standard is { } s)
        {
            cc.Coding.Insert(0, new Coding(CodeSystems.SnomedCt, s.Sct, s.Display));
            cc.Coding.Insert(0, new Coding(CodeSystems.Loinc, s.Loinc, s.Display));
        }

        return cc;
    }

    /// <summary>v3 ObservationInterpretation: POS, NEG, E (equivocal), IND (indeterminate); none for pending or unknown.</summary>
    public static CodeableConcept? Her2Interpretation(Her2Status status) => status switch
    {
        Her2Status.Positive => new CodeableConcept(CodeSystems.ObservationInterpretation, "POS", "Positive", null),
        Her2Status.Negative => new CodeableConcept(CodeSystems.ObservationInterpretation, "NEG", "Negative", null),
        Her2Status.Equivocal => new CodeableConcept(CodeSystems.ObservationInterpretation, "E", "Equivocal", null),
        Her2Status.Indeterminate => new CodeableConcept(CodeSystems.ObservationInterpretation, "IND", "Indeterminate", null),
        _ => null,
    };

    /// <summary>A variant classification as its LOINC answer (answer list LL4034-6 of 53037-8).</summary>
    public static CodeableConcept Classification(VariantClassification classification)
    {
        var (code, display) = classification switch
        {
            VariantClassification.Pathogenic => (AnswerCodes.Pathogenic, "Pathogenic"),
            VariantClassification.LikelyPathogenic => (AnswerCodes.LikelyPathogenic, "Likely pathogenic"),
            VariantClassification.Uncertain => (AnswerCodes.UncertainSignificance, "Uncertain significance"),
            VariantClassification.LikelyBenign => (AnswerCodes.LikelyBenign, "Likely benign"),
            _ => (AnswerCodes.Benign, "Benign"),
        };
        return new CodeableConcept(CodeSystems.Loinc, code, display, display);
    }

    public static CodeableConcept Trastuzumab() => new(CodeSystems.RxNorm, RxNormCodes.Trastuzumab, RxNormCodes.TrastuzumabDisplay, RxNormCodes.TrastuzumabDisplay);

    /// <summary>Finding effect: "resistance" also as the Genomics Reporting answer LA6676-6 Resistant.</summary>
    public static CodeableConcept Effect(FindingEffect effect)
    {
        var code = effect switch
        {
            FindingEffect.Resistance => "resistance",
            FindingEffect.ReducedBenefit => "reduced-benefit",
            _ => "uncertain",
        };
        var cc = Local(LocalCodeSystems.FindingEffect, code, code);
        if (effect == FindingEffect.Resistance) cc.Coding.Insert(0, new Coding(CodeSystems.Loinc, AnswerCodes.Resistant, "Resistant"));
        cc.Text = effect switch
        {
            FindingEffect.Resistance => "Resistant (review-derived; mostly preclinical evidence)",
            FindingEffect.ReducedBenefit => "Reduced benefit",
            _ => "Uncertain",
        };
        return cc;
    }

    public static List<CodeableConcept> Laboratory(bool genomics)
    {
        var list = new List<CodeableConcept> { new(CodeSystems.ObservationCategory, "laboratory", "Laboratory", null) };
        if (genomics) list.Add(new CodeableConcept(CodeSystems.DiagnosticServiceSection, "GE", "Genetics", null));
        return list;
    }
}
