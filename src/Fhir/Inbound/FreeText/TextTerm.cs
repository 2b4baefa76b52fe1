namespace CdsService.Fhir.Inbound;

/// <summary>A concept a laboratory's free text can name; the reading pairs it with whether the text negates it.</summary>
internal enum TextTerm { Positive, Present, Amplified, Gain, Overexpressed, High, Low, Normal, Loss, Intact, Activated, Mutated, WildType, Nuclear, Cytoplasmic }

/// <summary>One concept found in a text, and whether the text says it is not so ("not retained": Intact, negated).</summary>
internal readonly record struct TermReading(TextTerm Term, bool Negated)
{
    public override string ToString() => Negated ? $"not {Term}" : Term.ToString();
}
