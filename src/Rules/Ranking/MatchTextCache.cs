namespace CdsService.Rules.Ranking;

using System.Collections.Concurrent;

/// <summary>
/// A rationale is a pure function of the agent and of which findings it matched and how, and a tumour board sees the
/// same few marker patterns again and again; so each agent keeps the texts it has written (about 2 KB each, mostly
/// the agent's evidence) for up to <see cref="Capacity"/> patterns instead of copying them for every patient.
/// </summary>
internal sealed class MatchTextCache
{
    public const int Capacity = 256;

    private readonly ConcurrentDictionary<long, MatchText> _texts = new();

    public bool TryGet(long key, out MatchText text) => _texts.TryGetValue(key, out text!);

    public void Add(long key, MatchText text)
    {
        if (_texts.Count < Capacity) _texts.TryAdd(key, text);
    }
}
