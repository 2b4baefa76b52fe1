namespace CdsService.Rules.Vocabulary;

/// <summary>
/// Maps the strings of one enumerated input field to a Rules enum. Matching ignores case and surrounding space;
/// aliases (other spellings, coded answers) map to the same value but are not advertised as terms.
/// </summary>
public sealed class Vocabulary<T> : IVocabulary
    where T : struct, Enum
{
    private readonly Dictionary<string, T> _lookup = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<T, string> _terms = [];
    private readonly Func<string, string> _normalize;

    public Vocabulary(IReadOnlyList<KeyValuePair<string, T>> terms, IReadOnlyList<KeyValuePair<string, T>>? aliases = null, Func<string, string>? normalize = null)
    {
        ArgumentNullException.ThrowIfNull(terms);
        _normalize = normalize ?? (static s => s.Trim());
        foreach (var (term, value) in terms.Concat(aliases ?? []))
        {
            _lookup.Add(term, value);
        }

        foreach (var (term, value) in terms)
        {
            _terms.TryAdd(value, term);
        }

        Terms = [.. terms.Select(t => t.Key)];
    }

    public IReadOnlyList<string> Terms { get; }

    public bool TryParse(string? text, out T value)
    {
        value = default;
        return text is not null && _lookup.TryGetValue(_normalize(text), out value);
    }

    /// <summary>The value of an input the validator has accepted; a miss here is a programming error, not a client error.</summary>
    public T Parse(string text) =>
        TryParse(text, out var value) ? value : throw new ArgumentOutOfRangeException(nameof(text), "the value was not validated");

    /// <summary>Null for an absent field, the value otherwise.</summary>
    public T? ParseOptional(string? text) => text is null ? null : Parse(text);

    public bool Accepts(string? text) => TryParse(text, out _);

    /// <summary>The documented term for <paramref name="value"/>, or null when the contract has no term for it.</summary>
    public string? TermOrNull(T value) => _terms.GetValueOrDefault(value);

    /// <summary>The documented term for <paramref name="value"/>; every value of a fully mapped enum has one.</summary>
    public string Term(T value) =>
        TermOrNull(value) ?? throw new ArgumentOutOfRangeException(nameof(value), value, "the contract has no term for this value");

    /// <summary>Null for an absent value, the documented term otherwise.</summary>
    public string? TermOptional(T? value) => value is { } v ? Term(v) : null;
}
