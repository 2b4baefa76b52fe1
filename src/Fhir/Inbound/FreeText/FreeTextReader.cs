namespace CdsService.Fhir.Inbound;

using System.Text.RegularExpressions;

/// <summary>
/// Reads a laboratory's free-text result ("PTEN not retained", "negative for SRC activation", "possible loss") into
/// concepts with their polarity, or refuses it. Never guesses: an uncertain text, a double negation ("not absent") or
/// a text without a known result word is refused with the reason, and the caller lists the Observation as not
/// understood. The rules are written out in docs/fhir.md, "Free-text results".
/// </summary>
internal static partial class FreeTextReader
{
    public static TextReading Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return TextReading.Refused("the value has no text");
        var clauses = ClauseSplit().Split(Normalise(text))
            .Select(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(c => c.Length > 0)
            .ToList();
        foreach (var (phrase, kind) in TextVocabulary.Uncertainties)
        {
            var words = phrase.Split(' ');
            if (clauses.Any(c => Enumerable.Range(0, c.Length).Any(i => StartsAt(c, words, i)))) return TextReading.Uncertain(kind, phrase);
        }

        var terms = new List<TermReading>();
        foreach (var clause in clauses)
        {
            if (ReadClause(clause, terms) is { } refusal) return TextReading.Refused(refusal);
        }

        return terms.Count == 0 ? TextReading.Refused("no result word this service reads") : new TextReading(terms.Distinct().ToList(), null, null);
    }

    /// <summary>
    /// A clause's concepts: negated when a cue precedes them in the clause or the word itself is negative. "Positive"
    /// and "present" and their negatives qualify the clause's specific concepts ("mutation not detected", "loss:
    /// negative"); alone, they are the concept.
    /// </summary>
    private static string? ReadClause(string[] words, List<TermReading> into)
    {
        var cues = 0;
        var specific = new List<TermReading>();
        var generic = new List<TermReading>();
        for (var i = 0; i < words.Length;)
        {
            if (Match(words, i, TextVocabulary.NegationCues.Select(c => (c, 0))) is { } cue)
            {
                cues++;
                i += cue.Length;
                continue;
            }

            if (Match(words, i, TextVocabulary.Terms.Select((t, n) => (t.Phrase, n))) is { } hit)
            {
                var (phrase, term, negative) = TextVocabulary.Terms[hit.Index];
                if (cues > 1 || (cues == 1 && negative)) return $"a double negation ('{string.Join(' ', words)}')";
                var reading = new TermReading(term, negative || cues == 1);
                (term is TextTerm.Positive or TextTerm.Present ? generic : specific).Add(reading);
                i += phrase.Split(' ').Length;
                continue;
            }

            i++;
        }

        if (specific.Count == 0)
        {
            into.AddRange(generic);
            return null;
        }

        var saysNot = generic.Any(g => g.Negated);
        into.AddRange(specific.Select(s => s with { Negated = s.Negated || saysNot }));
        return null;
    }

    private static (int Index, int Length)? Match(string[] words, int at, IEnumerable<(string Phrase, int Index)> phrases)
    {
        foreach (var (phrase, index) in phrases.OrderByDescending(p => p.Phrase.Count(ch => ch == ' ')))
        {
            var parts = phrase.Split(' ');
            if (StartsAt(words, parts, at)) return (index, parts.Length);
        }

        return null;
    }

    private static bool StartsAt(string[] words, string[] phrase, int at) =>
        at + phrase.Length <= words.Length && phrase.Select((p, k) => words[at + k] == p).All(x => x);

    private static string Normalise(string text)
    {
        var t = text.ToLowerInvariant().Replace('\u2010', '-').Replace('\u2011', '-').Replace('\u2013', '-').Replace('\u2212', '-');
        t = t.Replace("?", " ? ", StringComparison.Ordinal).Replace("can't", "cannot", StringComparison.Ordinal).Replace("n't", " not", StringComparison.Ordinal);
        return NonWord().Replace(t.Replace('-', ' '), " ");
    }

    // Sentence and clause ends, and contrast words: a negation never reaches past them ("no loss; retained",
    // "not amplified but overexpressed").
    [GeneratedRegex(@"[;,()\[\]]|\.(?=\s|$)|\b(?:but|however|although|though|whereas|except|yet)\b")]
    private static partial Regex ClauseSplit();

    [GeneratedRegex(@"[^a-z0-9?;,()\[\]. ]+")]
    private static partial Regex NonWord();
}
