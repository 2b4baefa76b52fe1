namespace CdsService.Rules.KnowledgeBase;

/// <summary>The ids the typed rules read from the knowledge base; the loader refuses a file that lacks any of them.</summary>
public sealed record KnowledgeBaseRequirements(IReadOnlyList<string> FindingIds, IReadOnlyList<string> StatementIds);
