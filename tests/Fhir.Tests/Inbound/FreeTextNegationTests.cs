namespace CdsService.Fhir.Tests.Inbound;

using CdsService.Fhir.Inbound;
using CdsService.Rules.Model;
using Hl7.Fhir.Model;
using static ObservationBuilder;

/// <summary>
/// Free-text results as laboratories write them, both polarities, for every marker read from text: each row gives the
/// value the service must read (in the REST vocabulary) or null when it must refuse and list the Observation as not
/// understood. "not activated" SRC, "not retained" PTEN and "not high" EGFR were once read as their opposite.
/// </summary>
public sealed class FreeTextNegationTests
{
    private const string Pten = "HGNC:9588", CyclinE = "HGNC:1589", Pik3ca = "HGNC:8975", Src = "HGNC:11283", P27 = "HGNC:1785";
    private const string Egfr = "HGNC:3236", Erbb3 = "HGNC:3431", Igf1r = "HGNC:5465", Muc4 = "HGNC:7514", Cd44 = "HGNC:1681";
    private const string Her2 = "her2";

    public static TheoryData<string, string, string?> Phrasings => new()
    {
        // PTEN: intact | loss
        { Pten, "PTEN loss", "loss" },
        { Pten, "Loss of PTEN expression (0% of tumour cells)", "loss" },
        { Pten, "not retained", "loss" },
        { Pten, "PTEN expression not retained in tumour cells", "loss" },
        { Pten, "Negative", "loss" },
        { Pten, "absent", "loss" },
        { Pten, "expression not detected", "loss" },
        { Pten, "not intact", "loss" },
        { Pten, "retained", "intact" },
        { Pten, "Retained expression", "intact" },
        { Pten, "no loss", "intact" },
        { Pten, "No evidence of PTEN loss", "intact" },
        { Pten, "negative for PTEN loss", "intact" },
        { Pten, "PTEN loss: not detected", "intact" },
        { Pten, "intact nuclear and cytoplasmic staining", "intact" },
        { Pten, "Positive (retained)", "intact" },
        { Pten, "possible loss", null },
        { Pten, "suspicious for PTEN loss", null },
        { Pten, "equivocal", null },
        { Pten, "cannot be assessed", null },
        { Pten, "reduced", null },
        { Pten, "not absent", null },
        { Pten, "loss, retained in stroma", null },
        { Pten, "see report", null },

        // Cyclin E: normal | amplified | overexpressed
        { CyclinE, "CCNE1 amplified", "amplified" },
        { CyclinE, "copy number gain", "amplified" },
        { CyclinE, "overexpressed", "overexpressed" },
        { CyclinE, "high expression", "overexpressed" },
        { CyclinE, "not amplified", "normal" },
        { CyclinE, "no amplification detected", "normal" },
        { CyclinE, "not overexpressed", "normal" },
        { CyclinE, "Negative", "normal" },
        { CyclinE, "not amplified but overexpressed", null },
        { CyclinE, "indeterminate", null },
        { CyclinE, "possible amplification", null },

        // PIK3CA: wild-type | mutated
        { Pik3ca, "mutation detected", "mutated" },
        { Pik3ca, "PIK3CA mutated", "mutated" },
        { Pik3ca, "Positive", "mutated" },
        { Pik3ca, "no mutation detected", "wild-type" },
        { Pik3ca, "mutation not detected", "wild-type" },
        { Pik3ca, "wild-type", "wild-type" },
        { Pik3ca, "Negative for PIK3CA mutation", "wild-type" },
        { Pik3ca, "without mutation", "wild-type" },
        { Pik3ca, "suspected mutation", null },
        { Pik3ca, "likely pathogenic variant", null },

        // SRC: activated | normal
        { Src, "activated", "activated" },
        { Src, "SRC activation present", "activated" },
        { Src, "high", "activated" },
        { Src, "not activated", "normal" },
        { Src, "inactive", "normal" },
        { Src, "no activation", "normal" },
        { Src, "negative for SRC activation", "normal" },
        { Src, "activation absent", "normal" },
        { Src, "not inactive", null },
        { Src, "present", null },
        { Src, "overexpressed", null },
        { Src, "possible activation", null },

        // p27: nuclear | cytoplasmic | low
        { P27, "nuclear", "nuclear" },
        { P27, "predominantly nuclear staining", "nuclear" },
        { P27, "cytoplasmic", "cytoplasmic" },
        { P27, "cytoplasmic localisation", "cytoplasmic" },
        { P27, "low", "low" },
        { P27, "loss of p27 expression", "low" },
        { P27, "not detected", "low" },
        { P27, "not nuclear", null },
        { P27, "low nuclear", null },

        // EGFR, ERBB3, IGF1R, MUC4, CD44: overexpressed | normal
        { Egfr, "overexpressed", "overexpressed" },
        { Egfr, "High", "overexpressed" },
        { Egfr, "not high", "normal" },
        { Egfr, "not overexpressed", "normal" },
        { Egfr, "no overexpression", "normal" },
        { Egfr, "normal", "normal" },
        { Egfr, "not low", null },
        { Egfr, "amplified", null },
        { Egfr, "expressed", null },
        { Erbb3, "Positive", "overexpressed" },
        { Erbb3, "over-expressed", "overexpressed" },
        { Erbb3, "negative", "normal" },
        { Erbb3, "without overexpression", "normal" },
        { Igf1r, "elevated", "overexpressed" },
        { Igf1r, "not elevated", "normal" },
        { Igf1r, "borderline", null },
        { Muc4, "strongly positive", "overexpressed" },
        { Muc4, "not expressed", "normal" },
        { Muc4, "?overexpressed", null },
        { Cd44, "upregulated", "overexpressed" },
        { Cd44, "not upregulated", "normal" },
        { Cd44, "isn't overexpressed", "normal" },
        { Cd44, "not normal", null },

        // HER2 status read from text (48676-1)
        { Her2, "Positive", "positive" },
        { Her2, "amplified", "positive" },
        { Her2, "Negative", "negative" },
        { Her2, "not amplified", "negative" },
        { Her2, "negative for amplification", "negative" },
        { Her2, "no evidence of amplification", "negative" },
        { Her2, "Negative (not amplified)", "negative" },
        { Her2, "non-amplified", "negative" },
        { Her2, "equivocal", "equivocal" },
        { Her2, "indeterminate", "indeterminate" },
        { Her2, "HER2 protein overexpressed", "positive" },
        { Her2, "strong", null },
        { Her2, "not negative", null },
        { Her2, "possibly amplified", null },
        { Her2, "amplified? repeat pending", null },
    };

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void Map_FreeText_ReadsOnlyWhatItSays(string marker, string text, string? expected)
    {
        var result = marker == Her2 ? Map(Obs("48676-1", new FhirString(text))) : Map(Biomarker(marker, text));

        Assert.Equal(expected, Read(result.Panel, marker));
        if (expected is null)
        {
            var notUnderstood = Assert.Single(result.NotUnderstood);
            Assert.Contains($"'{text}'", notUnderstood.Reason, StringComparison.Ordinal);
            Assert.Empty(result.Used);
        }
        else
        {
            Assert.Empty(result.NotUnderstood);
            Assert.Equal(expected, Assert.Single(result.Used).Value);
        }
    }

    [Fact]
    public void Phrasings_CoverBothPolaritiesOfEveryMarker()
    {
        var rows = Phrasings.Select(r => ((string)r.Data.Item1, r.Data.Item3)).ToList();

        Assert.True(rows.Count >= 60, $"{rows.Count} rows");
        foreach (var marker in new[] { Pten, CyclinE, Pik3ca, Src, P27, Egfr, Erbb3, Igf1r, Muc4, Cd44, Her2 })
        {
            Assert.True(rows.Count(r => r.Item1 == marker && r.Item2 is not null) >= 2, marker);
            Assert.True(rows.Where(r => r.Item1 == marker && r.Item2 is not null).Select(r => r.Item2).Distinct().Count() >= 2, marker);
        }
    }

    [Theory]
    [InlineData("possible loss", "uncertain ('possible')")]
    [InlineData("not absent", "double negation")]
    [InlineData("loss, retained in stroma", "conflicting things (loss, intact)")]
    [InlineData("reduced", "'low' does not say which PTEN value it is")]
    [InlineData("see report", "no result word this service reads")]
    public void Map_RefusedText_SaysWhy(string text, string why) =>
        Assert.Contains(why, Assert.Single(Map(Biomarker(Pten, text)).NotUnderstood).Reason, StringComparison.Ordinal);

    private static Observation Biomarker(string hgnc, string text)
    {
        var o = Obs("85337-4", new FhirString(text));
        o.Code = new CodeableConcept { Text = "biomarker by IHC" };
        o.Component.Add(Gene(hgnc));
        return o;
    }

    private static string? Read(PatientPanel panel, string marker) => marker switch
    {
        Pten => panel.Pten switch { PtenStatus.Loss => "loss", PtenStatus.Intact => "intact", _ => null },
        CyclinE => panel.CyclinE?.ToString().ToLowerInvariant(),
        Pik3ca => panel.Pik3ca?.Status switch { Pik3caStatus.Mutated => "mutated", Pik3caStatus.WildType => "wild-type", _ => null },
        Src => panel.Src?.ToString().ToLowerInvariant(),
        P27 => panel.P27?.ToString().ToLowerInvariant(),
        Egfr => panel.Egfr?.ToString().ToLowerInvariant(),
        Erbb3 => panel.Erbb3?.ToString().ToLowerInvariant(),
        Igf1r => panel.Igf1r?.ToString().ToLowerInvariant(),
        Muc4 => panel.Muc4?.ToString().ToLowerInvariant(),
        Cd44 => panel.Cd44?.ToString().ToLowerInvariant(),
        _ => panel.Her2?.ReportedStatus?.ToString().ToLowerInvariant(),
    };
}
