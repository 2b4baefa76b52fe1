namespace CdsService.Rules.KnowledgeBase;

using CdsService.Rules.Engine;

/// <summary>
/// The validated, immutable knowledge base: every clinical statement the service can make. Built only by
/// <see cref="KnowledgeBaseLoader"/>, which refuses an invalid file.
/// </summary>
public sealed class KnowledgeBase
{
    internal KnowledgeBase(
        KnowledgeBaseStamp stamp,
        string effectiveDate,
        string rankingPolicyVersion,
        IReadOnlyList<ReviewReference> references,
        IReadOnlyList<MechanismDefinition> mechanisms,
        IReadOnlyList<FindingDefinition> findings,
        IReadOnlyList<AgentDefinition> agents,
        IReadOnlyList<EvidenceLevelDefinition> evidenceLevels,
        IReadOnlyList<AlsoDiscussedAgent> alsoDiscussed,
        IReadOnlyList<CurrencyEntry> currencyNotes,
        IReadOnlyList<Statement> statements,
        double serumHer2EcdThresholdNgPerMl,
        IReadOnlyList<Citation> serumHer2EcdThresholdCitations)
    {
        Stamp = stamp;
        EffectiveDate = effectiveDate;
        RankingPolicyVersion = rankingPolicyVersion;
        References = references;
        Mechanisms = mechanisms;
        Findings = findings;
        Agents = agents;
        EvidenceLevels = evidenceLevels;
        AlsoDiscussed = alsoDiscussed;
        CurrencyNotes = currencyNotes;
        Statements = statements;
        SerumHer2EcdThresholdNgPerMl = serumHer2EcdThresholdNgPerMl;
        SerumHer2EcdThresholdCitations = serumHer2EcdThresholdCitations;
        ReferencesByNumber = references.ToDictionary(r => r.Number);
        FindingsById = findings.ToDictionary(f => f.Id, StringComparer.Ordinal);
        AgentsById = agents.ToDictionary(a => a.Id, StringComparer.Ordinal);
        StatementsById = statements.ToDictionary(s => s.Id, StringComparer.Ordinal);
        AlsoDiscussedById = alsoDiscussed.ToDictionary(a => a.Id, StringComparer.Ordinal);
        // A note may concern several subjects (a trial of two markers, a class of agents); each lists it in date order.
        CurrencyBySubject = currencyNotes.SelectMany(c => c.Subjects.Select(subject => (subject, c)))
            .GroupBy(p => p.subject, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<CurrencyEntry>)[.. g.Select(p => p.c).OrderBy(c => c.AsOf, StringComparer.Ordinal)],
                StringComparer.Ordinal);
    }

    public KnowledgeBaseStamp Stamp { get; }
    public string Version => Stamp.Version;
    public string Hash => Stamp.Hash;
    public string EffectiveDate { get; }
    public string RankingPolicyVersion { get; }
    public IReadOnlyList<ReviewReference> References { get; }
    public IReadOnlyList<MechanismDefinition> Mechanisms { get; }
    public IReadOnlyList<FindingDefinition> Findings { get; }
    /// <summary>Table 1 rows in table order.</summary>
    public IReadOnlyList<AgentDefinition> Agents { get; }
    public IReadOnlyList<EvidenceLevelDefinition> EvidenceLevels { get; }
    public IReadOnlyList<AlsoDiscussedAgent> AlsoDiscussed { get; }
    public IReadOnlyList<CurrencyEntry> CurrencyNotes { get; }
    public IReadOnlyList<Statement> Statements { get; }

    /// <summary>
    /// Serum HER2 ECD above this is "elevated". Not from the review: it is the FDA-cleared assays' cut-off, cited in
    /// <see cref="SerumHer2EcdThresholdCitations"/>.
    /// </summary>
    public double SerumHer2EcdThresholdNgPerMl { get; }
    public IReadOnlyList<Citation> SerumHer2EcdThresholdCitations { get; }

    public IReadOnlyDictionary<int, ReviewReference> ReferencesByNumber { get; }
    public IReadOnlyDictionary<string, FindingDefinition> FindingsById { get; }
    public IReadOnlyDictionary<string, AgentDefinition> AgentsById { get; }
    public IReadOnlyDictionary<string, AlsoDiscussedAgent> AlsoDiscussedById { get; }
    public IReadOnlyDictionary<string, Statement> StatementsById { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<CurrencyEntry>> CurrencyBySubject { get; }

    public Statement Statement(string id) =>
        StatementsById.TryGetValue(id, out var s) ? s : throw new KnowledgeBaseException($"statement '{id}' is not in the knowledge base");

    public FindingDefinition Finding(string id) =>
        FindingsById.TryGetValue(id, out var f) ? f : throw new KnowledgeBaseException($"finding '{id}' is not in the knowledge base");

    /// <summary>Every dated note about <paramref name="subject"/>, oldest first: all of them, never only the first.</summary>
    public IReadOnlyList<CurrencyEntry> CurrencyFor(string subject) =>
        CurrencyBySubject.TryGetValue(subject, out var notes) ? notes : [];

    /// <summary><see cref="CurrencyFor"/> as the notes an answer carries.</summary>
    public IReadOnlyList<CurrencyNote> NotesFor(string subject) => Array.AsReadOnly([.. CurrencyFor(subject).Select(c => c.ToNote())]);
}
