namespace CdsService.Rules.KnowledgeBase;

/// <summary>
/// The closed vocabulary of source kinds, and which of them can make a fact "verified" (docs/clinical-rules.md,
/// "Sources"). Weak kinds (vendor sites, wikis, blogs, aggregators) never verify anything on their own.
/// </summary>
public static class SourceKinds
{
    public static IReadOnlyList<string> All { get; } =
    [
        "FDA", "EMA", "regulator", "PubMed", "PMC", "journal", "registry", "company", "ASCO Post", "Cancer Network",
        "OncLive", "ESMO", "professional society", "trade press", "news", "institutional repository", "aggregator",
        "mirror", "index", "blog", "vendor", "wiki",
    ];

    /// <summary>Never relied on: vendor pages and wikis are only the copies found, listed so the reader sees them.</summary>
    public static IReadOnlyList<string> NeverReliedOn { get; } = ["vendor", "wiki"];

    /// <summary>Too weak to verify a fact alone.</summary>
    public static IReadOnlyList<string> Weak { get; } = ["vendor", "wiki", "blog", "aggregator"];

    public static bool IsKnown(string? kind) => kind is not null && All.Contains(kind, StringComparer.Ordinal);

    /// <summary>True when this source can support a verified fact.</summary>
    public static bool CanVerify(SourceLink source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.ReliedOn && !Weak.Contains(source.Kind, StringComparer.Ordinal);
    }
}
