namespace CdsService.Fhir.Inbound;

using CdsService.Fhir.Terminology;
using CdsService.Rules.Model;
using Hl7.Fhir.Model;

/// <summary>
/// Molecular biomarker Observations identified by a gene-studied component (48018-6) rather than their code, as
/// docs/fhir.md, "Codes read" advises for PTEN (HGNC:9588) and Cyclin E (HGNC:1589) by IHC: reads <c>value[x]</c>
/// (LOINC/SNOMED answers or text such as "loss", "intact", "overexpressed") and, for a Quantity (H-score, %), only
/// the laboratory's <c>interpretation</c>, because the service must not invent a cut-off.
/// </summary>
internal sealed class BiomarkerObservationMapper : IObservationMapper
{
    private static readonly Dictionary<string, string> ExpressionMarkers = new(StringComparer.Ordinal)
    {
        [GeneIds.Egfr] = MarkerIds.Egfr, [GeneIds.Erbb3] = MarkerIds.Erbb3, [GeneIds.Igf1r] = MarkerIds.Igf1r,
        [GeneIds.Muc4] = MarkerIds.Muc4, [GeneIds.Cd44] = MarkerIds.Cd44,
    };

    public bool TryMap(Observation observation, InputResource source, MappingContext context)
    {
        if (ObservationFacts.GeneStudied(observation) is not { } gene) return false;
        var code = ObservationFacts.LoincCodes(observation.Code).FirstOrDefault() ?? observation.Code?.Text ?? gene;
        var text = ObservationFacts.Text(observation.Value)?.Trim().ToLowerInvariant() ?? string.Empty;
        var answer = observation.Value is Quantity ? Interpretation(observation) : AnswerReader.Read(observation.Value);
        var up = answer is Answer.Positive or Answer.Present or Answer.Gain || text.Contains("high", StringComparison.Ordinal);
        var normal = text == "normal" || InterpretationCode(observation) == "N";
        var down = answer is Answer.Negative or Answer.Absent or Answer.Loss || text is "low" or "reduced";
        var mapped = gene switch
        {
            GeneIds.Pten when text.Contains("intact", StringComparison.Ordinal) || text.Contains("retained", StringComparison.Ordinal) || normal || (up && answer != Answer.Gain) =>
                Add(MarkerIds.Pten, PtenStatus.Intact, "intact"),
            GeneIds.Pten when down => Add(MarkerIds.Pten, PtenStatus.Loss, "loss"),
            GeneIds.Ccne1 when up => text.Contains("amplif", StringComparison.Ordinal) || answer == Answer.Gain
                ? Add(MarkerIds.CyclinE, CyclinEStatus.Amplified, "amplified") : Add(MarkerIds.CyclinE, CyclinEStatus.Overexpressed, "overexpressed"),
            GeneIds.Ccne1 when down || normal => Add(MarkerIds.CyclinE, CyclinEStatus.Normal, "normal"),
            GeneIds.Pik3ca when up => Add($"{PanelFields.Pik3caVariant}:unspecified", Pik3caStatus.Mutated, "mutated", MarkerIds.Pik3ca),
            GeneIds.Pik3ca when down => Add($"{PanelFields.Pik3caWildType}:biomarker", Pik3caStatus.WildType, "wild-type", MarkerIds.Pik3ca),
            GeneIds.Src when up || text.Contains("activ", StringComparison.Ordinal) => Add(MarkerIds.Src, SrcActivity.Activated, "activated"),
            GeneIds.Src when down || normal => Add(MarkerIds.Src, SrcActivity.Normal, "normal"),
            GeneIds.Cdkn1b => P27(text, answer),
            _ when ExpressionMarkers.TryGetValue(gene, out var marker) && (up || down || normal) =>
                Add(marker, up ? ExpressionLevel.Overexpressed : ExpressionLevel.Normal, up ? "overexpressed" : "normal"),
            _ => false,
        };
        if (!mapped)
        {
            context.NotUnderstand(source, code, $"{gene} biomarker value '{ObservationFacts.Describe(observation.Value)}' has no reading this service uses"
                + (observation.Value is Quantity ? " (a number needs the laboratory's interpretation)" : string.Empty));
        }

        return true;

        bool P27(string t, Answer? a) =>
            t.Contains("cytoplasm", StringComparison.Ordinal) ? Add(MarkerIds.P27, P27Localization.Cytoplasmic, "cytoplasmic")
            : t.Contains("nuclear", StringComparison.Ordinal) ? Add(MarkerIds.P27, P27Localization.Nuclear, "nuclear")
            : (t == "low" || a is Answer.Negative or Answer.Absent) && Add(MarkerIds.P27, P27Localization.Low, "low");

        bool Add(string field, object value, string display, string? marker = null)
        {
            context.Add(source, code, field, marker ?? field, value, display);
            return true;
        }
    }

    // v3 ObservationInterpretation: the lab's own call on a numeric result ("N" normal is handled by the caller).
    private static Answer? Interpretation(Observation o) => InterpretationCode(o) switch
    {
        "POS" or "H" or "HH" or "DET" => Answer.Positive,
        "NEG" or "L" or "LL" or "ND" => Answer.Negative,
        _ => null,
    };

    private static string? InterpretationCode(Observation o) =>
        o.Interpretation.SelectMany(i => i.Coding).Select(c => c.Code?.Trim()).FirstOrDefault(c => c is not null);
}
