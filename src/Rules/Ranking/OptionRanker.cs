namespace CdsService.Rules.Ranking;

using System.Collections.Frozen;
using System.Numerics;
using CdsService.Rules.Engine;
using CdsService.Rules.Findings;
using CdsService.Rules.KnowledgeBase;
using CdsService.Rules.Model;
using CdsService.Rules.Vocabulary;

/// <summary>
/// Orders all Table 1 rows for one patient by ranking policy 2.0 (docs/clinical-rules.md, "Ranking policy").
/// Deterministic: the sort key is unique per agent (Table 1 order is the last key), so the same findings and lens
/// always give the same order.
/// </summary>
public sealed class OptionRanker
{
    private const int MaxFindings = 31;
    private const int FindingBitCount = 14;

    private static readonly FrozenDictionary<string, int> FindingBits =
        FindingIds.All.Select((id, bit) => (id, bit)).ToFrozenDictionary(p => p.id, p => p.bit, StringComparer.Ordinal);

    private readonly AgentProfile[] _profiles;

    public OptionRanker(IReadOnlyList<AgentDefinition> agents, Func<string, IReadOnlyList<CurrencyNote>> currencyFor)
    {
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(currencyFor);
        if (FindingIds.All.Count > FindingBitCount) throw new InvalidOperationException("the text cache key holds 14 finding bits");
        _profiles = new AgentProfile[agents.Count];
        for (var i = 0; i < agents.Count; i++) _profiles[i] = new AgentProfile(agents[i], currencyFor(agents[i].Id), FindingBit);
    }

    public IReadOnlyList<RankedOption> Rank(IReadOnlyList<Finding> findings, RankingLens lens = RankingLens.Current)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(findings.Count, MaxFindings);
        Span<int> inputMasks = stackalloc int[findings.Count];
        Span<int> mechanismMasks = stackalloc int[findings.Count];
        Span<long> findingMasks = stackalloc long[findings.Count];
        var relevantFindings = 0;
        var unvalidatedFindings = 0;
        for (var i = 0; i < findings.Count; i++)
        {
            if (!RankingPolicy.AffectsRelevance(findings[i].Effect)) continue;
            if (lens == RankingLens.Current && NotValidatedNote(findings[i], agentId: null) is not null) unvalidatedFindings |= 1 << i;
            inputMasks[i] = IdMask.OfMarkers(findings[i].Inputs, strict: false);
            mechanismMasks[i] = IdMask.OfMechanisms(findings[i].Mechanisms, strict: false);
            findingMasks[i] = FindingBits.TryGetValue(findings[i].Id, out var bit) ? 1L << bit : 0;
            relevantFindings |= 1 << i;
        }

        var masks = new FindingMasks(inputMasks, mechanismMasks, findingMasks);
        var count = _profiles.Length;
        Span<long> keys = stackalloc long[count];
        Span<int> order = stackalloc int[count];
        Span<Match> matches = stackalloc Match[count];
        for (var a = 0; a < count; a++)
        {
            matches[a] = Match.Of(_profiles[a], relevantFindings, masks, lens == RankingLens.Current ? SetAside(_profiles[a], findings, relevantFindings, unvalidatedFindings) : 0);
            keys[a] = _profiles[a].SortKey(matches[a].Relevance, lens);
            order[a] = a;
        }

        keys.Sort(order);
        var options = new RankedOption[count];
        for (var rank = 0; rank < count; rank++)
        {
            var a = order[rank];
            options[rank] = Build(rank + 1, _profiles[a], findings, relevantFindings != 0, matches[a], masks, lens);
        }

        return options;
    }

    private static int FindingBit(string findingId) =>
        FindingBits.TryGetValue(findingId, out var bit) ? bit : throw new ArgumentException($"'{findingId}' is not a finding id.", nameof(findingId));

    private static RankedOption Build(int rank, AgentProfile profile, IReadOnlyList<Finding> findings, bool anyRelevant, Match match, in FindingMasks masks, RankingLens lens)
    {
        var agent = profile.Agent;
        var text = match.Relevance == OptionRelevance.General && match.Excluded == 0 && match.SetAside == 0
            ? new MatchText(RationaleWriter.General(profile, anyRelevant), profile.GeneralReasons[(int)lens], [], [])
            : Matched(profile, findings, match, masks, lens);
        return new RankedOption(
            rank, agent.Id, agent.Agent, agent.Target, agent.MechanismTargeted, agent.Phase, agent.CombinationWithTrastuzumab,
            agent.Source, agent.EvidenceLevel, profile.Direction, match.Relevance, text.MatchedMechanisms, text.MatchedFindings,
            text.Rationale, text.RankReasons, agent.Citations, profile.Currency, agent.DataQualityNotes, agent.Availability, agent.LevelBasis);
    }

    private static MatchText Matched(AgentProfile profile, IReadOnlyList<Finding> findings, Match match, in FindingMasks masks, RankingLens lens)
    {
        var classMechanisms = 0;
        var allMechanisms = 0;
        for (var bits = match.Specific | match.ByMechanism; bits != 0; bits &= bits - 1)
        {
            var i = BitOperations.TrailingZeroCount(bits);
            var covered = masks.Mechanisms[i] & profile.MechanismMask;
            allMechanisms |= (match.Specific & (1 << i)) != 0 ? masks.Mechanisms[i] : covered;
            if ((match.ByMechanism & (1 << i)) != 0) classMechanisms |= covered;
        }

        var key = CacheKey(findings, match, allMechanisms, classMechanisms, lens);
        if (key >= 0 && profile.Texts.TryGet(key, out var cached)) return cached;
        var text = Compose(profile, findings, match, IdMask.Mechanisms(allMechanisms), IdMask.Mechanisms(classMechanisms), lens);
        if (key >= 0) profile.Texts.Add(key, text);
        return text;
    }

    private static MatchText Compose(AgentProfile profile, IReadOnlyList<Finding> findings, Match match, IReadOnlyList<string> allMechanisms, IReadOnlyList<string> classMechanisms, RankingLens lens)
    {
        // Clinician text names findings and mechanisms by their labels; the machine fields keep the ids (contract).
        var matchedFindings = Array.AsReadOnly(Ids(findings, match.Specific | match.ByMechanism));
        var mechanismFindings = match.ByMechanism == 0 ? null : ClinicalLabels.FindingsInText(Ids(findings, match.ByMechanism));
        var excluded = match.Excluded == 0 ? null : ClinicalLabels.FindingsInText(Ids(findings, match.Excluded));
        var mechanismLabels = ClinicalLabels.MechanismsInText(classMechanisms);
        var caveat = NotValidatedCaveat(findings, match.Specific | match.ByMechanism, profile.Agent.Id);
        if (match.Specific != 0)
        {
            var specific = ClinicalLabels.FindingsInText(Ids(findings, match.Specific));
            return new MatchText(
                RationaleWriter.Specific(profile, specific, mechanismFindings, mechanismLabels, excluded),
                Array.AsReadOnly(profile.Reasons(lens, string.Concat("relevance: specific (", specific, ")", caveat))),
                matchedFindings,
                allMechanisms);
        }

        if (match.ByMechanism != 0)
        {
            return new MatchText(
                RationaleWriter.Mechanism(profile, mechanismFindings!, mechanismLabels, excluded),
                Array.AsReadOnly(profile.Reasons(lens, string.Concat("relevance: mechanism (", mechanismLabels, ")", caveat))),
                matchedFindings,
                allMechanisms);
        }

        if (match.Excluded != 0)
        {
            return new MatchText(
                RationaleWriter.GeneralExcluded(profile, excluded!),
                Array.AsReadOnly(profile.Reasons(lens, string.Concat("relevance: general (by the service's reading of the review it cannot address ", excluded, ExcludedCaveat(findings, match.Excluded, profile.Agent.Id), ")"))),
                matchedFindings,
                allMechanisms);
        }

        // Lens 'current' only: the review would have matched these findings, but later evidence says their marker is
        // not a basis for choosing therapy (docs/clinical-rules.md, "Markers later evidence does not validate").
        var why = string.Join("; ", NotValidatedParts(findings, match.SetAside, profile.Agent.Id));
        return new MatchText(
            RationaleWriter.GeneralSetAside(profile, ClinicalLabels.FindingsInText(Ids(findings, match.SetAside)), why),
            Array.AsReadOnly(profile.Reasons(lens, string.Concat("relevance: general (not matched in this lens: ", why, ")"))),
            matchedFindings,
            allMechanisms);
    }

    /// <summary>
    /// The texts depend only on which known findings matched, how, which were excluded, through which mechanisms, and
    /// the lens: 14 + 14 + 14 + 6 + 6 + 1 bits. -1 (no caching) when a matched finding is not one of
    /// <see cref="FindingIds"/>, or the findings are not in that order (the texts list them in the order given).
    /// </summary>
    private static long CacheKey(IReadOnlyList<Finding> findings, Match match, int allMechanisms, int classMechanisms, RankingLens lens)
    {
        if (match.SetAside != 0) return -1;
        long specificIds = 0, classIds = 0, excludedIds = 0;
        var previous = -1;
        for (var bits = match.Specific | match.ByMechanism | match.Excluded; bits != 0; bits &= bits - 1)
        {
            var i = BitOperations.TrailingZeroCount(bits);
            if (!FindingBits.TryGetValue(findings[i].Id, out var bit) || bit <= previous) return -1;
            previous = bit;
            if ((match.Specific & (1 << i)) != 0) specificIds |= 1L << bit;
            else if ((match.ByMechanism & (1 << i)) != 0) classIds |= 1L << bit;
            else excludedIds |= 1L << bit;
        }

        var key = (((specificIds << FindingBitCount) | classIds) << FindingBitCount) | excludedIds;
        key = (((key << 6) | (uint)allMechanisms) << 6) | (uint)classMechanisms;
        return (key << 1) | (uint)lens;
    }

    /// <summary>
    /// The dated note that says a finding's marker is not a basis for choosing therapy: one that names no agent applies
    /// to every agent; one that names agents applies to those only (everolimus and PTEN/PIK3CA, BOLERO). A verified note
    /// is preferred to an unverified one.
    /// </summary>
    internal static CurrencyNote? NotValidatedNote(Finding finding, string? agentId) =>
        finding.Currency
            .Where(n => n.MarkerNotValidated && (n.Agents.Count == 0 || (agentId is not null && n.Agents.Contains(agentId, StringComparer.Ordinal))))
            .OrderByDescending(n => n.Verified)
            .FirstOrDefault();

    /// <summary>"; matched by the review's 2011 markers and mechanisms; later evidence does not support p95HER2 for choosing therapy (FinHer, 2018)".</summary>
    private static string NotValidatedCaveat(IReadOnlyList<Finding> findings, int mask, string agentId)
    {
        var parts = NotValidatedParts(findings, mask, agentId);
        return parts.Count == 0 ? string.Empty
            : string.Concat("; matched by the review's 2011 markers and mechanisms; ", string.Join("; ", parts));
    }

    /// <summary>
    /// The review's reason for not matching stands as its reasoning, not as current fact, when later evidence does not
    /// support the marker either (p95HER2: FinHer found more trastuzumab benefit with high p95).
    /// </summary>
    private static string ExcludedCaveat(IReadOnlyList<Finding> findings, int mask, string agentId)
    {
        var parts = NotValidatedParts(findings, mask, agentId);
        return parts.Count == 0 ? string.Empty : string.Concat("; ", string.Join("; ", parts));
    }

    private static List<string> NotValidatedParts(IReadOnlyList<Finding> findings, int mask, string agentId)
    {
        var parts = new List<string>();
        for (var bits = mask; bits != 0; bits &= bits - 1)
        {
            var finding = findings[BitOperations.TrailingZeroCount(bits)];
            var note = NotValidatedNote(finding, agentId);
            if (note is null) continue;
            // A note about named agents (BOLERO: everolimus; EMILIA: T-DM1) says nothing against the agent, only that the
            // marker does not select it; a note about the marker alone says it selects no therapy.
            parts.Add(note.Verified && note.Agents.Count > 0
                ? string.Concat(ClinicalLabels.FindingInText(finding.Id), " is not a basis for choosing this agent (", note.Label, ")")
                : note.Verified
                ? string.Concat("later evidence does not support ", ClinicalLabels.FindingInText(finding.Id), " for choosing therapy (", note.Label, ")")
                : string.Concat("no later evidence validating ", ClinicalLabels.FindingInText(finding.Id), " for choosing therapy was found (", note.Label, ", unverified)"));
        }

        return parts;
    }

    /// <summary>Findings that would match this agent but that lens 'current' sets aside (see <see cref="NotValidatedNote"/>).</summary>
    private static int SetAside(AgentProfile profile, IReadOnlyList<Finding> findings, int relevant, int unvalidated)
    {
        var mask = unvalidated;
        for (var bits = relevant & ~unvalidated; bits != 0; bits &= bits - 1)
        {
            var i = BitOperations.TrailingZeroCount(bits);
            if (NotValidatedNote(findings[i], profile.Agent.Id) is { Agents.Count: > 0 }) mask |= 1 << i;
        }

        return mask;
    }

    private static string[] Ids(IReadOnlyList<Finding> findings, int mask)
    {
        var ids = new string[BitOperations.PopCount((uint)mask)];
        var n = 0;
        for (var bits = mask; bits != 0; bits &= bits - 1) ids[n++] = findings[BitOperations.TrailingZeroCount(bits)].Id;
        return ids;
    }

    /// <summary>Per finding (by position in the answer): its marker bits, mechanism bits and finding-id bit.</summary>
    private readonly ref struct FindingMasks(ReadOnlySpan<int> inputs, ReadOnlySpan<int> mechanisms, ReadOnlySpan<long> findings)
    {
        public readonly ReadOnlySpan<int> Inputs = inputs;
        public readonly ReadOnlySpan<int> Mechanisms = mechanisms;
        public readonly ReadOnlySpan<long> Findings = findings;
    }

    /// <summary>Which of the patient's findings (by position) make an agent specific or mechanism-relevant, and which it cannot address.</summary>
    private readonly record struct Match(int Specific, int ByMechanism, int Excluded, int SetAside)
    {
        public OptionRelevance Relevance =>
            Specific != 0 ? OptionRelevance.Specific : ByMechanism != 0 ? OptionRelevance.Mechanism : OptionRelevance.General;

        public static Match Of(AgentProfile profile, int relevant, in FindingMasks masks, int setAside)
        {
            int specific = 0, byMechanism = 0, excluded = 0, setAsideMatched = 0;
            for (var remaining = relevant; remaining != 0; remaining &= remaining - 1)
            {
                var i = BitOperations.TrailingZeroCount(remaining);
                var couldMatch = (profile.SpecificMarkerMask & masks.Inputs[i]) != 0 || (profile.MechanismMask & masks.Mechanisms[i]) != 0;
                if ((profile.ExcludedFindingMask & masks.Findings[i]) != 0)
                {
                    if (couldMatch) excluded |= 1 << i;
                }
                else if ((setAside & (1 << i)) != 0)
                {
                    if (couldMatch) setAsideMatched |= 1 << i;
                }
                else if ((profile.SpecificMarkerMask & masks.Inputs[i]) != 0)
                {
                    specific |= 1 << i;
                }
                else if ((profile.MechanismMask & masks.Mechanisms[i]) != 0)
                {
                    byMechanism |= 1 << i;
                }
            }

            return new Match(specific, byMechanism, excluded, setAsideMatched);
        }
    }
}
