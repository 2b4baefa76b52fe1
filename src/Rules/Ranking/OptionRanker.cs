namespace CdsService.Rules.Ranking;

using System.Numerics;
using CdsService.Rules.Engine;
using CdsService.Rules.KnowledgeBase;

/// <summary>
/// Orders all Table 1 rows for one patient by the policy of shared/knowledge/evidence-levels.md. Deterministic: the
/// sort key is unique per agent (Table 1 order is the last key), so the same findings always give the same order.
/// </summary>
public sealed class OptionRanker
{
    private const int MaxFindings = 31;

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
        IReadOnlyList<string> matchedFindings = [];
        IReadOnlyList<string> matchedMechanisms = [];
        IReadOnlyList<string> reasons = profile.GeneralReasons;
        var rationale = anyRelevant ? profile.GeneralRationaleWithFindings : profile.GeneralRationaleWithoutFindings;
        if (relevance != OptionRelevance.General)
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

            matchedFindings = Ids(findings, specific | byClass);
            matchedMechanisms = IdMask.Mechanisms(allMechanisms);
            var classIds = byClass == 0 ? null : string.Join(", ", Ids(findings, byClass));
            if (relevance == OptionRelevance.Specific)
            {
                var specificIds = string.Join(", ", Ids(findings, specific));
                reasons = profile.Reasons(string.Concat("relevance: specific (", specificIds, ")"));
                rationale = RationaleWriter.Specific(profile, specificIds, classIds, IdMask.Mechanisms(classMechanisms));
            }
            else
            {
                var mechanisms = IdMask.Mechanisms(classMechanisms);
                reasons = profile.Reasons(string.Concat("relevance: mechanism (", string.Join(", ", mechanisms), ")"));
                rationale = RationaleWriter.Mechanism(profile, classIds!, mechanisms);
            }
        }

        return new RankedOption(
            rank, agent.Id, agent.Agent, agent.Target, agent.MechanismTargeted, agent.Phase, agent.CombinationWithTrastuzumab,
            agent.Source, agent.EvidenceLevel, profile.Direction, relevance, matchedMechanisms, matchedFindings, rationale,
            reasons, agent.Citations, profile.Currency, agent.DataQualityNotes);
    }

    private static string[] Ids(IReadOnlyList<Finding> findings, int mask)
    {
        var ids = new string[BitOperations.PopCount((uint)mask)];
        var n = 0;
        for (var bits = mask; bits != 0; bits &= bits - 1) ids[n++] = findings[BitOperations.TrailingZeroCount(bits)].Id;
        return ids;
    }
}
