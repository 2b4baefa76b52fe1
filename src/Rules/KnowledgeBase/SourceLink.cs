namespace CdsService.Rules.KnowledgeBase;

/// <summary>
/// One public page behind a dated fact. <see cref="Kind"/> says what it is (FDA, PubMed, trade press, mirror ...;
/// docs/clinical-rules.md, "Sources"), <see cref="Detail"/> what the kind alone does not (e.g. "citing FDA").
/// A source with <see cref="ReliedOn"/> false (vendor pages, wikis) is listed for completeness and supports nothing.
/// </summary>
public sealed record SourceLink(string Url, string Kind, string? Detail, bool ReliedOn);
