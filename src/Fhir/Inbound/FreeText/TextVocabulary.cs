namespace CdsService.Fhir.Inbound;

/// <summary>
/// The words <see cref="FreeTextReader"/> knows, as token sequences after normalisation (lower case, hyphens as
/// spaces). The rules are in docs/fhir.md, "Free-text results": a negation cue negates every concept after it in its
/// clause, an inherently negative word ("absent", "inactive") is a negated concept, and any uncertainty refuses the text.
/// </summary>
internal static class TextVocabulary
{
    /// <summary>Words that negate what follows in the same clause ("no evidence of loss", "negative for mutation").</summary>
    public static readonly string[] NegationCues =
    [
        "negative for", "absence of", "lack of", "free of", "not", "no", "non", "never", "without", "lacks", "lacking",
        "neither", "nor", "none",
    ];

    public static readonly (string Phrase, TextUncertainty Kind)[] Uncertainties =
    [
        ("equivocal", TextUncertainty.Equivocal), ("borderline", TextUncertainty.Equivocal),
        ("indeterminate", TextUncertainty.Indeterminate), ("inconclusive", TextUncertainty.Indeterminate),
        ("cannot be assessed", TextUncertainty.Indeterminate), ("cannot be determined", TextUncertainty.Indeterminate),
        ("cannot be evaluated", TextUncertainty.Indeterminate), ("can not be assessed", TextUncertainty.Indeterminate),
        ("not assessable", TextUncertainty.Indeterminate), ("not evaluable", TextUncertainty.Indeterminate),
        ("unevaluable", TextUncertainty.Indeterminate), ("uninterpretable", TextUncertainty.Indeterminate),
        ("unable to assess", TextUncertainty.Indeterminate), ("unable to determine", TextUncertainty.Indeterminate),
        ("insufficient", TextUncertainty.Indeterminate), ("failed", TextUncertainty.Indeterminate),
        ("possible", TextUncertainty.Hedged), ("possibly", TextUncertainty.Hedged), ("suspicious", TextUncertainty.Hedged),
        ("suspected", TextUncertainty.Hedged), ("suggestive", TextUncertainty.Hedged), ("suggests", TextUncertainty.Hedged),
        ("cannot be excluded", TextUncertainty.Hedged), ("cannot exclude", TextUncertainty.Hedged),
        ("cannot rule out", TextUncertainty.Hedged), ("not excluded", TextUncertainty.Hedged), ("rule out", TextUncertainty.Hedged),
        ("ruled out", TextUncertainty.Hedged), ("questionable", TextUncertainty.Hedged), ("probable", TextUncertainty.Hedged),
        ("probably", TextUncertainty.Hedged), ("likely", TextUncertainty.Hedged), ("unlikely", TextUncertainty.Hedged),
        ("presumed", TextUncertainty.Hedged), ("may", TextUncertainty.Hedged), ("might", TextUncertainty.Hedged),
        ("pending", TextUncertainty.Hedged), ("awaited", TextUncertainty.Hedged), ("partial", TextUncertainty.Hedged),
        ("partially", TextUncertainty.Hedged), ("heterogeneous", TextUncertainty.Hedged), ("?", TextUncertainty.Hedged),
    ];

    /// <summary>Concept words; <c>Negative</c> marks a word that names the concept's absence ("absent", "wild type" is its own concept).</summary>
    public static readonly (string Phrase, TextTerm Term, bool Negative)[] Terms =
    [
        ("not detected", TextTerm.Present, true), ("over expressed", TextTerm.Overexpressed, false), ("over expression", TextTerm.Overexpressed, false),
        ("up regulated", TextTerm.Overexpressed, false), ("down regulated", TextTerm.Low, false), ("wild type", TextTerm.WildType, false),
        ("positive", TextTerm.Positive, false), ("pos", TextTerm.Positive, false),
        ("negative", TextTerm.Positive, true), ("neg", TextTerm.Positive, true),
        ("detected", TextTerm.Present, false), ("present", TextTerm.Present, false), ("identified", TextTerm.Present, false),
        ("seen", TextTerm.Present, false), ("expressed", TextTerm.Present, false),
        ("absent", TextTerm.Present, true), ("undetected", TextTerm.Present, true), ("undetectable", TextTerm.Present, true),
        ("amplified", TextTerm.Amplified, false), ("amplification", TextTerm.Amplified, false),
        ("unamplified", TextTerm.Amplified, true), ("nonamplified", TextTerm.Amplified, true),
        ("gain", TextTerm.Gain, false), ("gained", TextTerm.Gain, false),
        ("overexpressed", TextTerm.Overexpressed, false), ("overexpression", TextTerm.Overexpressed, false), ("high", TextTerm.High, false),
        ("elevated", TextTerm.High, false), ("increased", TextTerm.High, false), ("strong", TextTerm.High, false),
        ("strongly", TextTerm.High, false), ("upregulated", TextTerm.Overexpressed, false),
        ("low", TextTerm.Low, false), ("reduced", TextTerm.Low, false), ("decreased", TextTerm.Low, false), ("weak", TextTerm.Low, false),
        ("weakly", TextTerm.Low, false), ("diminished", TextTerm.Low, false), ("downregulated", TextTerm.Low, false),
        ("normal", TextTerm.Normal, false), ("abnormal", TextTerm.Normal, true),
        ("loss", TextTerm.Loss, false), ("lost", TextTerm.Loss, false), ("deleted", TextTerm.Loss, false), ("deletion", TextTerm.Loss, false),
        ("deficient", TextTerm.Loss, false), ("deficiency", TextTerm.Loss, false),
        ("intact", TextTerm.Intact, false), ("retained", TextTerm.Intact, false), ("preserved", TextTerm.Intact, false),
        ("proficient", TextTerm.Intact, false),
        ("activated", TextTerm.Activated, false), ("activation", TextTerm.Activated, false), ("active", TextTerm.Activated, false),
        ("hyperactivated", TextTerm.Activated, false), ("hyperactivation", TextTerm.Activated, false), ("inactive", TextTerm.Activated, true),
        ("mutated", TextTerm.Mutated, false), ("mutation", TextTerm.Mutated, false), ("mutations", TextTerm.Mutated, false),
        ("mutant", TextTerm.Mutated, false), ("variant", TextTerm.Mutated, false), ("wildtype", TextTerm.WildType, false),
        ("wt", TextTerm.WildType, false),
        ("nuclear", TextTerm.Nuclear, false), ("cytoplasmic", TextTerm.Cytoplasmic, false), ("cytoplasm", TextTerm.Cytoplasmic, false),
    ];
}
