namespace CdsService.Fhir.Inbound;

/// <summary>
/// What <see cref="FreeTextReader"/> made of a text: the concepts it names with their polarity, or why it cannot be
/// read (an uncertainty such as "possible" or "equivocal", a double negation, or no concept at all). Only a reading
/// without <see cref="Refusal"/> may set a value.
/// </summary>
internal sealed record TextReading(IReadOnlyList<TermReading> Terms, TextUncertainty? Uncertainty, string? Refusal)
{
    public static TextReading Refused(string why) => new([], null, why);

    public static TextReading Uncertain(TextUncertainty kind, string cue) => new([], kind, $"the text is uncertain ('{cue}')");
}

/// <summary>The uncertainty a text expresses: an ASCO/CAP equivocal or indeterminate call, or a hedge ("possible").</summary>
internal enum TextUncertainty { Equivocal, Indeterminate, Hedged }
