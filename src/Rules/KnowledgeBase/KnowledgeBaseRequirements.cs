namespace CdsService.Rules.KnowledgeBase;

/// <summary>
/// The ids the typed rules read from the knowledge base; the loader refuses a file that lacks any of them.
/// <see cref="NoteSubjects"/> are the advisory and HER2-label ids that dated notes may be attached to, besides agents
/// and findings.
/// </summary>
public sealed record KnowledgeBaseRequirements(IReadOnlyList<string> FindingIds, IReadOnlyList<string> StatementIds)
{
    public IReadOnlyList<string> NoteSubjects { get; init; } = [];
}
