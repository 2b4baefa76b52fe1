namespace CdsService.Rules.Ranking;

using System.Collections.Frozen;
using System.Numerics;
using CdsService.Rules.Engine;
using CdsService.Rules.Findings;
using CdsService.Rules.KnowledgeBase;

/// <summary>
/// Orders all Table 1 rows for one patient by the policy of shared/knowledge/evidence-levels.md. Deterministic: the
/// sort key is unique per agent (Table 1 order is the last key), so the same findings always give the same order.
/// </summary>
public sealed class OptionRanker
{
    private const int MaxFindings = 31;

    private static readonly FrozenDictionary<string, int> FindingBits =
        FindingIds.All.Select((id, bit) => (id, bit)).ToFrozenDictionary(p => p.id, p => p.bit, StringComparer.Ordinal);

    private readonly AgentProfile[] _profiles;

    public OptionRanker(IReadOnlyList<AgentDefinition> agents, Func<string, CurrencyNote?> currencyFor)
    {
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(currencyFor);
        _profiles = new AgentProfile[agents.Count];
        for (var i = 0; i < agents.Count; i++) _profiles[i] = new AgentProfile(agents[i], currencyFor(agents[i].Id));
    }

    public IReadOnlyList<RankedOption> Rank(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(findings.Count, MaxFindings);
        Span<int> inputMasks = stackalloc int[findings.Count];
        Span<int> mechanismMasks = stackalloc int[findings.Count];
        var relevantFindings = 0;
        for (var i = 0; i < findings.Count; i++)
        {
            if (!RankingPolicy.AffectsRelevance(findings[i].Effect)) continue;
            inputMasks[i] = IdMask.OfMarkers(findings[i].Inputs, strict: false);
            mechanismMasks[i] = IdMask.OfMechanisms(findings[i].Mechanisms, strict: false);
            relevantFindings |= 1 << i;
        }

        var count = _profiles.Length;
        Span<long> keys = stackalloc long[count];
        Span<int> order = stackalloc int[count];
        Span<int> specific = stackalloc int[count];
        Span<int> byClass = stackalloc int[count];
        for (var a = 0; a < count; a++)
        {
            Match(_profiles[a], relevantFindings, inputMasks, mechanismMasks, out specific[a], out byClass[a]);
            keys[a] = _profiles[a].SortKey(RelevanceOf(specific[a], byClass[a]));
            order[a] = a;
        }

        keys.Sort(order);
        var options = new RankedOption[count];
        for (var rank = 0; rank < count; rank++)
        {
            var a = order[rank];
            options[rank] = Build(rank + 1, _profiles[a], findings, relevantFindings != 0, specific[a], byClass[a], mechanismMasks);
        }

        return options;
    }

    private static void Match(AgentProfile profile, int relevant, ReadOnlySpan<int> inputMasks, ReadOnlySpan<int> mechanismMasks, out int specific, out int byClass)
    {
        specific = byClass = 0;
        for (var remaining = relevant; remaining != 0; remaining &= remaining - 1)
        {
            var i = BitOperations.TrailingZeroCount(remaining);
            if ((profile.SpecificMarkerMask & inputMasks[i]) != 0) specific |= 1 << i;
            else if ((profile.ClassMechanismMask & mechanismMasks[i]) != 0) byClass |= 1 << i;
        }
    }

    private static OptionRelevance RelevanceOf(int specific, int byClass) =>
        specific != 0 ? OptionRelevance.Specific : byClass != 0 ? OptionRelevance.Mechanism : OptionRelevance.General;

    private static RankedOption Build(int rank, AgentProfile profile, IReadOnlyList<Finding> findings, bool anyRelevant, int specific, int byClass, ReadOnlySpan<int> mechanismMasks)
    {
        var relevance = RelevanceOf(specific, byClass);
        var agent = profile.Agent;
        var text = relevance == OptionRelevance.General
            ? new MatchText(anyRelevant ? profile.GeneralRationaleWithFindings : profile.GeneralRationaleWithoutFindings, profile.GeneralReasons, [], [])
            : Matched(profile, findings, specific, byClass, mechanismMasks);
        return new RankedOption(
            rank, agent.Id, agent.Agent, agent.Target, agent.MechanismTargeted, agent.Phase, agent.CombinationWithTrastuzumab,
            agent.Source, agent.EvidenceLevel, profile.Direction, relevance, text.MatchedMechanisms, text.MatchedFindings,
            text.Rationale, text.RankReasons, agent.Citations, profile.Currency, agent.DataQualityNotes);
    }

    private static MatchText Matched(AgentProfile profile, IReadOnlyList<Finding> findings, int specific, int byClass, ReadOnlySpan<int> mechanismMasks)
    {
        var classMechanisms = 0;
        var allMechanisms = 0;
        for (var bits = specific | byClass; bits != 0; bits &= bits - 1)
        {
            var i = BitOperations.TrailingZeroCount(bits);
            var covered = mechanismMasks[i] & profile.ClassMechanismMask;
            allMechanisms |= (specific & (1 << i)) != 0 ? mechanismMasks[i] : covered;
            if ((byClass & (1 << i)) != 0) classMechanisms |= covered;
        }

        var key = CacheKey(findings, specific, byClass, allMechanisms, classMechanisms);
        if (key >= 0 && profile.Texts.TryGet(key, out var cached)) return cached;
        var text = Compose(profile, findings, specific, byClass, IdMask.Mechanisms(allMechanisms), IdMask.Mechanisms(classMechanisms));
        if (key >= 0) profile.Texts.Add(key, text);
        return text;
    }

    private static MatchText Compose(AgentProfile profile, IReadOnlyList<Finding> findings, int specific, int byClass, IReadOnlyList<string> allMechanisms, IReadOnlyList<string> classMechanisms)
    {
        var matchedFindings = Array.AsReadOnly(Ids(findings, specific | byClass));
        var classIds = byClass == 0 ? null : string.Join(", ", Ids(findings, byClass));
        if (specific != 0)
        {
            var specificIds = string.Join(", ", Ids(findings, specific));
            return new MatchText(
                RationaleWriter.Specific(profile, specificIds, classIds, classMechanisms),
                Array.AsReadOnly(profile.Reasons(string.Concat("relevance: specific (", specificIds, ")"))),
                matchedFindings,
                allMechanisms);
        }

        return new MatchText(
            RationaleWriter.Mechanism(profile, classIds!, classMechanisms),
            Array.AsReadOnly(profile.Reasons(string.Concat("relevance: mechanism (", string.Join(", ", classMechanisms), ")"))),
            matchedFindings,
            allMechanisms);
    }

    /// <summary>
    /// The texts depend only on which known findings matched, how, and through which mechanisms: 13 + 13 + 6 + 6 bits.
    /// -1 (no caching) when a matched finding is not one of <see cref="FindingIds"/>, or the findings are not in that
    /// order (the texts list them in the order given).
    /// </summary>
    private static long CacheKey(IReadOnlyList<Finding> findings, int specific, int byClass, int allMechanisms, int classMechanisms)
    {
        long specificIds = 0, classIds = 0;
        var previous = -1;
        for (var bits = specific | byClass; bits != 0; bits &= bits - 1)
        {
            var i = BitOperations.TrailingZeroCount(bits);
            if (!FindingBits.TryGetValue(findings[i].Id, out var bit) || bit <= previous) return -1;
            previous = bit;
            if ((specific & (1 << i)) != 0) specificIds |= 1L << bit;
            else classIds |= 1L << bit;
        }

        return (((((specificIds << 13) | classIds) << 6) | (uint)allMechanisms) << 6) | (uint)classMechanisms;
    }

    private static string[] Ids(IReadOnlyList<Finding> findings, int mask)
    {
        var ids = new string[BitOperations.PopCount((uint)mask)];
        var n = 0;
        for (var bits = mask; bits != 0; bits &= bits - 1) ids[n++] = findings[BitOperations.TrailingZeroCount(bits)].Id;
        return ids;
    }
}
