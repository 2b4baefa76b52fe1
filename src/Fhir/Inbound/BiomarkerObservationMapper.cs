namespace CdsService.Fhir.Inbound;

using CdsService.Fhir.Terminology;
using CdsService.Rules.Model;
using Hl7.Fhir.Model;
using static TextTerm;

/// <summary>
/// Molecular biomarker Observations identified by a gene-studied component (48018-6) rather than their code, as the
/// Genomics Reporting IG does for PTEN (HGNC:9588) and Cyclin E (HGNC:1589) by IHC: reads <c>value[x]</c> (LOINC/SNOMED
/// answers, or text such as "loss", "not retained", "negative for SRC activation" through <see cref="FreeTextReader"/>)
/// and, for a Quantity (H-score, %), only the laboratory's <c>interpretation</c>, because the service must not invent a
/// cut-off. A value that does not say one value for sure is listed as not understood (docs/fhir.md, "Free-text results").
/// </summary>
internal sealed class BiomarkerObservationMapper : IObservationMapper
{
    private static readonly Dictionary<string, (string Marker, TextMeaning<ExpressionLevel> Meaning)> ExpressionMarkers = new(StringComparer.Ordinal)
    {
        [GeneIds.Egfr] = (MarkerIds.Egfr, BiomarkerTextMeanings.Expression("EGFR")),
        [GeneIds.Erbb3] = (MarkerIds.Erbb3, BiomarkerTextMeanings.Expression("ERBB3")),
        [GeneIds.Igf1r] = (MarkerIds.Igf1r, BiomarkerTextMeanings.Expression("IGF1R")),
        [GeneIds.Muc4] = (MarkerIds.Muc4, BiomarkerTextMeanings.Expression("MUC4")),
        [GeneIds.Cd44] = (MarkerIds.Cd44, BiomarkerTextMeanings.Expression("CD44")),
    };

    public bool TryMap(Observation observation, InputResource source, MappingContext context)
    {
        if (ObservationFacts.GeneStudied(observation) is not { } gene) return false;
        var code = ObservationFacts.LoincCodes(observation.Code).FirstOrDefault() ?? observation.Code?.Text ?? gene;
        var reading = observation.Value is Quantity ? Interpretation(observation) : AnswerReader.ReadValue(observation.Value);
        string? why = null;
        var mapped = gene switch
        {
            GeneIds.Pten => BiomarkerTextMeanings.Pten.TryRead(reading, out var pten, out why)
                && Add(MarkerIds.Pten, pten, pten == PtenStatus.Loss ? "loss" : "intact"),
            GeneIds.Ccne1 => BiomarkerTextMeanings.CyclinE.TryRead(reading, out var cyclinE, out why)
                && Add(MarkerIds.CyclinE, cyclinE, cyclinE.ToString().ToLowerInvariant()),
            GeneIds.Pik3ca => BiomarkerTextMeanings.Pik3ca.TryRead(reading, out var pik3ca, out why) && (pik3ca == Pik3caStatus.Mutated
                ? Add($"{PanelFields.Pik3caVariant}:unspecified", pik3ca, "mutated", MarkerIds.Pik3ca)
                : Add($"{PanelFields.Pik3caWildType}:biomarker", pik3ca, "wild-type", MarkerIds.Pik3ca)),
            GeneIds.Src => BiomarkerTextMeanings.Src.TryRead(reading, out var src, out why)
                && Add(MarkerIds.Src, src, src.ToString().ToLowerInvariant()),
            GeneIds.Cdkn1b => BiomarkerTextMeanings.P27.TryRead(reading, out var p27, out why)
                && Add(MarkerIds.P27, p27, p27.ToString().ToLowerInvariant()),
            _ when ExpressionMarkers.TryGetValue(gene, out var expression) => expression.Meaning.TryRead(reading, out var level, out why)
                && Add(expression.Marker, level, level.ToString().ToLowerInvariant()),
            _ => false,
        };
        if (!mapped)
        {
            context.NotUnderstand(source, code, $"{gene} biomarker value '{ObservationFacts.Describe(observation.Value)}' has no reading this service uses"
                + (why is { Length: > 0 } ? $": {why}" : string.Empty));
        }

        return true;

        bool Add(string field, object value, string display, string? marker = null)
        {
            context.Add(source, code, field, marker ?? field, value, display);
            return true;
        }
    }

    // v3 ObservationInterpretation: the lab's own call on a numeric result. "L" is read as the lab's negative call
    // (below its own cut-off), which a free-text "low" is not: "low PTEN" may be partial, "below the cut-off" is not.
    private static TextReading Interpretation(Observation o)
    {
        TermReading? term = o.Interpretation.SelectMany(i => i.Coding).Select(c => c.Code?.Trim()).FirstOrDefault(c => c is not null) switch
        {
            "POS" => new(Positive, false),
            "NEG" => new(Positive, true),
            "H" or "HH" => new(High, false),
            "L" or "LL" => new(Positive, true),
            "N" => new(Normal, false),
            "DET" => new(Present, false),
            "ND" => new(Present, true),
            _ => null,
        };
        return term is { } t ? new TextReading([t], null, null) : TextReading.Refused("a number needs the laboratory's interpretation");
    }
}
