namespace CdsService.Rules.KnowledgeBase;

using CdsService.Rules.Engine;

/// <summary>
/// A dated note about events after the review (shared/knowledge/currency-notes.md). <see cref="Subject"/> is an agent
/// id or a finding id. Kept apart from the review-derived content: it never changes a level or a rank.
/// </summary>
public sealed record CurrencyEntry(string Id, string Subject, string AsOf, string Note, bool Verified, IReadOnlyList<Citation> Citations)
{
    public CurrencyNote ToNote() => new(AsOf, Note, Citations, Verified);
}
