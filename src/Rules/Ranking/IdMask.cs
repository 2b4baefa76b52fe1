namespace CdsService.Rules.Ranking;

using System.Collections.Frozen;
using System.Collections.ObjectModel;
using CdsService.Rules.Model;

/// <summary>Marker and mechanism ids as bits, so matching a finding to 22 agents is a few AND operations.</summary>
internal static class IdMask
{
    private static readonly FrozenDictionary<string, int> MarkerBits = Index(MarkerIds.All);
    private static readonly FrozenDictionary<string, int> MechanismBits = Index(MechanismIds.All);
    private static readonly ReadOnlyCollection<string>[] MechanismLists = BuildMechanismLists();

    /// <summary>Throws for an id outside the vocabulary: a knowledge base that disagrees with the model must not start.</summary>
    public static int OfMarkers(IReadOnlyList<string> ids, bool strict) => Of(ids, MarkerBits, strict);

    public static int OfMechanisms(IReadOnlyList<string> ids, bool strict) => Of(ids, MechanismBits, strict);

    /// <summary>The mechanism ids of a mask in vocabulary order; shared read-only lists, no allocation.</summary>
    public static IReadOnlyList<string> Mechanisms(int mask) => MechanismLists[mask];

    private static int Of(IReadOnlyList<string> ids, FrozenDictionary<string, int> bits, bool strict)
    {
        var mask = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            if (bits.TryGetValue(ids[i], out var bit)) mask |= 1 << bit;
            else if (strict) throw new ArgumentException($"'{ids[i]}' is not a known id.", nameof(ids));
        }

        return mask;
    }

    private static FrozenDictionary<string, int> Index(IReadOnlyList<string> vocabulary)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Count; i++) index.Add(vocabulary[i], i);
        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static ReadOnlyCollection<string>[] BuildMechanismLists()
    {
        var lists = new ReadOnlyCollection<string>[1 << MechanismIds.All.Count];
        for (var mask = 0; mask < lists.Length; mask++)
        {
            var ids = new List<string>();
            for (var bit = 0; bit < MechanismIds.All.Count; bit++)
            {
                if ((mask & (1 << bit)) != 0) ids.Add(MechanismIds.All[bit]);
            }

            lists[mask] = ids.AsReadOnly();
        }

        return lists;
    }
}
