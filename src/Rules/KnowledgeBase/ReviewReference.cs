namespace CdsService.Rules.KnowledgeBase;

/// <summary>
/// One of the review's numbered references (1-132). Only some were identified (docs/clinical-rules.md, "Sources"):
/// <see cref="Confidence"/> is "confirmed", "probable" or "probable-weak", and <see cref="Paper"/> is null when the
/// number could not be resolved. A probable identification is never shown as certain.
/// </summary>
public sealed record ReviewReference(int Number, string Context, string? Paper, string? Ids, string? Url, string? Confidence);
