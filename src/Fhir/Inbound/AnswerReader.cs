namespace CdsService.Fhir.Inbound;

using CdsService.Fhir.Terminology;
using Hl7.Fhir.Model;

/// <summary>
/// Reads a qualitative value from LOINC answers, SNOMED CT results (docs/fhir.md, "What is read") or the free text labs write
/// ("Positive", "not amplified", "not detected"), the latter through <see cref="FreeTextReader"/>.
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

    private static readonly TextMeaning<Answer> TextAnswers = new("qualitative", new Dictionary<TermReading, Answer>
    {
        [new(TextTerm.Positive, false)] = Answer.Positive, [new(TextTerm.Positive, true)] = Answer.Negative,
        [new(TextTerm.Present, false)] = Answer.Present, [new(TextTerm.Present, true)] = Answer.Absent,
        [new(TextTerm.Amplified, false)] = Answer.Positive, [new(TextTerm.Amplified, true)] = Answer.Negative,
        [new(TextTerm.Overexpressed, false)] = Answer.Positive, [new(TextTerm.Overexpressed, true)] = Answer.Negative,
        [new(TextTerm.Gain, false)] = Answer.Gain, [new(TextTerm.Gain, true)] = Answer.Negative,
        [new(TextTerm.Loss, false)] = Answer.Loss, [new(TextTerm.Loss, true)] = Answer.Present,
    });

    public static Answer? Read(DataType? value) =>
        Coded(value) ?? (value is FhirBoolean { Value: { } b } ? (b ? Answer.Positive : Answer.Negative) : ReadText(ObservationFacts.Text(value)));

    /// <summary>The value as concepts with polarity: a coded answer or a boolean as such, else its text read by <see cref="FreeTextReader"/>.</summary>
    public static TextReading ReadValue(DataType? value) =>
        Coded(value) is { } a ? AsReading(a)
        : value is FhirBoolean { Value: { } b } ? new TextReading([new(TextTerm.Positive, !b)], null, null)
        : FreeTextReader.Read(ObservationFacts.Text(value));

    public static Answer? ReadText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var reading = FreeTextReader.Read(text);
        return reading.Uncertainty switch
        {
            TextUncertainty.Equivocal => Answer.Equivocal,
            TextUncertainty.Indeterminate => Answer.Indeterminate,
            _ => TextAnswers.TryRead(reading, out var answer, out _) ? answer : null,
        };
    }

    private static Answer? Coded(DataType? value)
    {
        foreach (var c in ObservationFacts.Codings(value))
        {
            if (c.Code is null) continue;
            if (ObservationFacts.IsLoinc(c) && LoincAnswers.TryGetValue(c.Code.Trim(), out var a)) return a;
            if (string.Equals(c.System, CodeSystems.SnomedCt, StringComparison.Ordinal) && SnomedAnswers.TryGetValue(c.Code.Trim(), out var s)) return s;
        }

        return null;
    }

    private static TextReading AsReading(Answer answer) => answer switch
    {
        Answer.Equivocal => TextReading.Uncertain(TextUncertainty.Equivocal, "equivocal"),
        Answer.Indeterminate => TextReading.Uncertain(TextUncertainty.Indeterminate, "indeterminate"),
        _ => new TextReading([answer switch
        {
            Answer.Positive => new(TextTerm.Positive, false),
            Answer.Negative => new(TextTerm.Positive, true),
            Answer.Present => new(TextTerm.Present, false),
            Answer.Absent => new(TextTerm.Present, true),
            Answer.Gain => new(TextTerm.Gain, false),
            _ => new TermReading(TextTerm.Loss, false),
        }], null, null),
    };
}
