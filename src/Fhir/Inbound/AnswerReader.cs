namespace CdsService.Fhir.Inbound;

using CdsService.Fhir.Terminology;
using Hl7.Fhir.Model;

/// <summary>
/// Reads a qualitative value from LOINC answers, SNOMED CT results (docs/fhir.md, "Codes read") or the free text labs write
/// ("Positive", "amplified", "not detected").
/// </summary>
internal static class AnswerReader
{
    private static readonly Dictionary<string, Answer> LoincAnswers = new(StringComparer.Ordinal)
    {
        [AnswerCodes.Positive] = Answer.Positive,
        [AnswerCodes.Negative] = Answer.Negative,
        [AnswerCodes.Equivocal] = Answer.Equivocal,
        [AnswerCodes.Present] = Answer.Present,
        [AnswerCodes.Absent] = Answer.Absent,
        [AnswerCodes.IhcIndeterminate] = Answer.Indeterminate,
        [AnswerCodes.CopyNumberGain] = Answer.Gain,
        [AnswerCodes.CopyNumberLoss] = Answer.Loss,
    };

    private static readonly Dictionary<string, Answer> SnomedAnswers = new(StringComparer.Ordinal)
    {
        [AnswerCodes.SctPositive] = Answer.Positive,
        [AnswerCodes.SctNegative] = Answer.Negative,
        [AnswerCodes.SctEquivocal] = Answer.Equivocal,
        [AnswerCodes.SctHer2PositiveCarcinoma] = Answer.Positive,
        [AnswerCodes.SctHer2NegativeCarcinoma] = Answer.Negative,
        [AnswerCodes.SctHer2Low] = Answer.Negative,
    };

    // Longest phrases first: "not amplified" must win over "amplified".
    private static readonly (string Phrase, Answer Answer)[] TextAnswers =
    [
        ("not amplified", Answer.Negative), ("no amplification", Answer.Negative), ("undetected", Answer.Absent), ("non-amplified", Answer.Negative), ("not detected", Answer.Absent),
        ("no loss", Answer.Present), ("not overexpressed", Answer.Negative), ("indeterminate", Answer.Indeterminate),
        ("equivocal", Answer.Equivocal), ("borderline", Answer.Equivocal), ("amplified", Answer.Positive), ("amplification", Answer.Positive),
        ("overexpressed", Answer.Positive), ("positive", Answer.Positive), ("negative", Answer.Negative),
        ("detected", Answer.Present), ("present", Answer.Present), ("absent", Answer.Absent),
        ("deletion", Answer.Loss), ("loss", Answer.Loss), ("gain", Answer.Gain), ("pos", Answer.Positive), ("neg", Answer.Negative),
    ];

    public static Answer? Read(DataType? value)
    {
        foreach (var c in ObservationFacts.Codings(value))
        {
            if (c.Code is null) continue;
            if (ObservationFacts.IsLoinc(c) && LoincAnswers.TryGetValue(c.Code.Trim(), out var a)) return a;
            if (string.Equals(c.System, CodeSystems.SnomedCt, StringComparison.Ordinal) && SnomedAnswers.TryGetValue(c.Code.Trim(), out var s)) return s;
        }

        return value is FhirBoolean { Value: { } b } ? (b ? Answer.Positive : Answer.Negative) : ReadText(ObservationFacts.Text(value));
    }

    public static Answer? ReadText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim().ToLowerInvariant();
        foreach (var (phrase, answer) in TextAnswers)
        {
            if (phrase.Length <= 3 ? t == phrase || t.StartsWith(phrase + " ", StringComparison.Ordinal) : t.Contains(phrase, StringComparison.Ordinal))
            {
                return answer;
            }
        }

        return null;
    }
}
