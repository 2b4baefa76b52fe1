namespace CdsService.Fhir.Inbound;

/// <summary>
/// What each concept (and its negation) means for one marker. A reading sets a value only when every concept it
/// names means the same value; a concept the table does not list ("not low" for EGFR, "not nuclear" for p27, which
/// leave two possible values) refuses the reading. <c>neutral</c> concepts are ignored ("nuclear" in "loss of
/// nuclear PTEN").
/// </summary>
internal sealed class TextMeaning<T>(string marker, IReadOnlyDictionary<TermReading, T> meanings, params TextTerm[] neutral)
    where T : notnull
{
    public bool TryRead(TextReading reading, out T value, out string why)
    {
        value = default!;
        if (reading.Refusal is { } refusal)
        {
            why = refusal;
            return false;
        }

        var terms = reading.Terms.Where(t => !neutral.Contains(t.Term)).ToList();
        var unknown = terms.Where(t => !meanings.ContainsKey(t)).Select(t => (TermReading?)t).FirstOrDefault();
        if (terms.Count == 0 || unknown is not null)
        {
            why = unknown is { } u ? $"'{Describe(u)}' does not say which {marker} value it is" : "no result word this service reads";
            return false;
        }

        var values = terms.Select(t => meanings[t]).Distinct().ToList();
        if (values.Count > 1)
        {
            why = $"the text says conflicting things ({string.Join(", ", terms.Select(Describe))})";
            return false;
        }

        value = values[0];
        why = string.Empty;
        return true;
    }

    private static string Describe(TermReading t) => (t.Negated ? "not " : string.Empty) + t.Term.ToString().ToLowerInvariant();
}
