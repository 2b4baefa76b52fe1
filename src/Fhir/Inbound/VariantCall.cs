namespace CdsService.Fhir.Inbound;

using CdsService.Fhir.Terminology;
using Hl7.Fhir.Model;

/// <summary>
/// The parts of a Genomics Reporting Variant Observation (69548-6) the rules need, read from its components:
/// gene-studied 48018-6, protein HGVS 48005-3, coding HGVS 48004-6, variation code 81252-9, allelic state 53034-5,
/// copy number 82155-3, copy-number change 62378-5, coding change type 48019-4 and clinical significance 53037-8.
/// </summary>
internal sealed record VariantCall(
    string? Gene,
    string? GeneDisplay,
    bool Absent,
    string? ProteinText,
    ProteinChange? Protein,
    string? CodingText,
    string? AllelicState,
    Answer? CopyNumberChange,
    double? CopyNumber,
    string? Significance)
{
    // Sequence Ontology: copy_number_gain, feature_amplification, copy_number_loss.
    private static readonly Dictionary<string, Answer> CopyNumberTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SO:0001742"] = Answer.Gain, ["SO:0001880"] = Answer.Gain, ["SO:0001743"] = Answer.Loss,
    };

    public string Name =>
        Protein?.ToString() ?? ProteinText ?? (Gene == GeneIds.Pik3ca ? HotspotFromCoding(CodingText) : null) ?? CodingText ?? "unspecified variant";

    public bool IsSynonymous => ProteinText is { } p && p.TrimEnd(')').EndsWith('=');

    public bool IsBenign => Significance is AnswerCodes.Benign or AnswerCodes.LikelyBenign;

    public static VariantCall Read(Observation o)
    {
        var proteinText = FirstText(o, Loinc.ProteinHgvs);
        ProteinChange? protein = ProteinChange.TryParse(proteinText, out var pc) ? pc : null;
        var cnChange = ObservationFacts.Component(o, Loinc.CopyNumberChange) is { } cnc ? AnswerReader.Read(cnc.Value) : null;
        cnChange ??= ObservationFacts.Components(o, Loinc.CodingChangeType).SelectMany(c => ObservationFacts.Codings(c.Value))
            .Select(c => c.Code is { } code && CopyNumberTypes.TryGetValue(code.Trim(), out var a) ? a : (Answer?)null).FirstOrDefault(a => a is not null);
        double? copies = ObservationFacts.Component(o, Loinc.CopyNumber) is { } cn && ObservationFacts.TryNumber(cn.Value, out var n, out _) ? n : null;
        var geneComponent = ObservationFacts.Component(o, Loinc.GeneStudied);
        return new VariantCall(
            ObservationFacts.GeneStudied(o),
            geneComponent is null ? null : ObservationFacts.Text(geneComponent.Value),
            AnswerReader.Read(o.Value) is Answer.Absent or Answer.Negative,
            proteinText,
            protein,
            FirstText(o, Loinc.CodingHgvs),
            FirstCode(o, Loinc.AllelicState),
            cnChange,
            copies,
            FirstCode(o, Loinc.ClinicalSignificance));
    }

    private static string? FirstText(Observation o, string loinc) =>
        ObservationFacts.Components(o, loinc).Select(c => c.Value switch
        {
            CodeableConcept cc => cc.Coding.Select(x => x.Code ?? x.Display).FirstOrDefault(t => t is not null) ?? cc.Text,
            _ => ObservationFacts.Text(c.Value),
        }).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))?.Trim();

    private static string? FirstCode(Observation o, string loinc) =>
        ObservationFacts.Components(o, loinc).SelectMany(c => ObservationFacts.Codings(c.Value)).Select(c => c.Code?.Trim()).FirstOrDefault(c => c is not null);

    // PIK3CA hotspots by cDNA when a lab sends no protein change (docs/fhir.md, "Codes read"; exons 9 and 20 of the review).
    private static string? HotspotFromCoding(string? coding) => coding?.Split(':')[^1].Trim() switch
    {
        "c.3140A>G" => "H1047R",
        "c.1633G>A" => "E545K",
        "c.1624G>A" => "E542K",
        _ => null,
    };
}
