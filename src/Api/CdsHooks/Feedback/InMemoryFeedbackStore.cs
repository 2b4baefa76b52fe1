namespace CdsService.Api.CdsHooks.Feedback;

using System.Collections.Concurrent;

/// <summary>Single-replica store until the database one is registered.</summary>
public sealed class InMemoryFeedbackStore : IFeedbackStore
{
    private readonly ConcurrentDictionary<(string Card, string Outcome, DateTimeOffset At), FeedbackEntry> _entries = new();

    public int Count => _entries.Count;

    public Task<int> SaveAsync(IReadOnlyList<FeedbackEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return Task.FromResult(entries.Count(e => _entries.TryAdd((e.Card, e.Outcome, e.OutcomeTimestamp), e)));
    }
}
