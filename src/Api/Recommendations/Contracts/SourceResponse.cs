namespace CdsService.Api.Recommendations.Contracts;

/// <summary>A public page behind a dated fact, with what kind of source it is (docs/clinical-rules.md, "Sources").</summary>
public sealed record SourceResponse
{
    /// <summary>Where the source is.</summary>
    public required string Url { get; init; }

    /// <summary>What it is: "FDA", "EMA", "regulator", "PubMed", "PMC", "journal", "registry", "company", "ASCO Post", "Cancer Network", "OncLive", "ESMO", "professional society", "trade press", "news", "institutional repository", "aggregator", "mirror", "index", "blog", "vendor" or "wiki".</summary>
    public required string Kind { get; init; }

    /// <summary>What the kind alone does not say, e.g. "citing FDA" or "PubMed via proxy".</summary>
    public string? Detail { get; init; }

    /// <summary>False for vendor pages and wikis: listed because they were the only copies found, never relied on.</summary>
    public required bool ReliedOn { get; init; }
}
