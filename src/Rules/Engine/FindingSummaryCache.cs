namespace CdsService.Rules.Engine;

/// <summary>
/// A finding's summary is the knowledge-base summary (about 1 KB) plus the rule's detail. Most details are a rule's
/// static strings, so the last combination per rule is kept, matched by reference, rather than copied per patient.
/// Lock-free: an entry is immutable and replaced whole.
/// </summary>
internal sealed class FindingSummaryCache(int rules)
{
    private readonly Entry?[] _entries = new Entry?[rules];

    public string Summary(int rule, string summary, string detail)
    {
        var entry = Volatile.Read(ref _entries[rule]);
        if (entry is not null && ReferenceEquals(entry.Detail, detail)) return entry.Summary;
        var combined = string.Concat(summary, " ", detail);
        Volatile.Write(ref _entries[rule], new Entry(detail, combined));
        return combined;
    }

    private sealed record Entry(string Detail, string Summary);
}
