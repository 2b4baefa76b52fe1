namespace CdsService.Rules.Engine;

using System.Collections.Concurrent;
using CdsService.Rules.Findings;
using CdsService.Rules.Findings.Advisories;
using CdsService.Rules.Her2;
using CdsService.Rules.KnowledgeBase;
using CdsService.Rules.Model;
using CdsService.Rules.Ranking;

/// <summary>
/// Runs the HER2 interpretation, every finding rule, the advisories and the ranking for one patient, and reports one
/// outcome per rule. Thread-safe: everything that does not depend on the patient (knowledge-base texts, per-agent
/// keys, warnings and notes) is computed once here; the only state that changes is caches of pure-function texts.
/// </summary>
public sealed class CdsEngine
{
    public const string EngineVersion = "2.2.0";
    public const string DisclaimerStatement = "disclaimer";
    public const string RankingCurrentStatement = "ranking.policy.current";
    public const string RankingReviewStatement = "ranking.policy.review";

    private readonly IFindingRule[] _findingRules;
    private readonly FindingDefinition[] _findingDefinitions;
    private readonly IReadOnlyList<CurrencyNote>[] _findingCurrency;
    private readonly FindingSummaryCache _summaries;
    private readonly IAdvisoryRule[] _advisories;
    private readonly IReadOnlyList<CurrencyNote>[] _advisoryCurrency;
    private readonly ConcurrentDictionary<(int Advisory, string First, string? Second), object> _advisoryMessages = new();
    private readonly TrastuzumabGate _gate;
    private readonly OptionRanker _ranker;
    private readonly RankingInfo[] _rankingInfo;
    private readonly AlsoDiscussedOption[] _alsoDiscussed;
    private readonly string _disclaimer;

    public CdsEngine(KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(kb);
        KnowledgeBase = kb;
        _findingRules = [.. FindingRuleSet.Create(kb.SerumHer2EcdThresholdNgPerMl)];
        _findingDefinitions = Array.ConvertAll(_findingRules, r => kb.Finding(r.Id));
        _findingCurrency = Array.ConvertAll(_findingRules, r => kb.NotesFor(r.Id));
        _summaries = new FindingSummaryCache(_findingRules.Length);
        _advisories = [.. AdvisoryRuleSet.Create()];
        _advisoryCurrency = Array.ConvertAll(_advisories, a => a.NoteSubject is { } subject ? kb.NotesFor(subject) : []);
        _gate = new TrastuzumabGate(kb);
        _ranker = new OptionRanker(kb.Agents, kb.NotesFor);
        _rankingInfo =
        [
            new RankingInfo(RankingLens.Current, kb.RankingPolicyVersion, kb.Statement(RankingCurrentStatement).Text),
            new RankingInfo(RankingLens.Review, kb.RankingPolicyVersion, kb.Statement(RankingReviewStatement).Text),
        ];
        _alsoDiscussed = [.. kb.AlsoDiscussed.Select(a => new AlsoDiscussedOption(a.Id, a.Name, a.Text, a.Citations, a.Availability, kb.NotesFor(a.Id)))];
        _disclaimer = kb.Statement(DisclaimerStatement).Text;
    }

    public KnowledgeBase KnowledgeBase { get; }

    /// <summary>
    /// Every finding and statement id the engine and the HER2 interpreter read, and the subjects dated notes may be
    /// attached to: the loader refuses a file lacking any.
    /// </summary>
    public static KnowledgeBaseRequirements Requirements { get; } =
        new(FindingIds.All, RequiredStatements()) { NoteSubjects = NoteSubjectIds() };

    /// <summary>Loads and validates the embedded knowledge base against the rules' requirements; throws when invalid.</summary>
    public static CdsEngine CreateDefault() => new(KnowledgeBaseLoader.LoadEmbedded(Requirements));

    public Evaluation Evaluate(PatientPanel panel, RankingLens lens = RankingLens.Current)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var her2 = Her2Interpreter.Interpret(panel.Her2, KnowledgeBase);
        var rules = new List<RuleOutcome>(2 + _findingRules.Length + _advisories.Length) { Her2StatusOutcome.For(panel, her2) };
        var trastuzumab = _gate.Assess(her2.Status, panel.TrastuzumabHistory);
        rules.Add(TrastuzumabGate.Outcome(trastuzumab, her2.Status));

        var findings = NotPositiveFindings.Qualify(EvaluateFindings(panel, rules), her2.Status);
        var positive = her2.Status == Her2Status.Positive;
        IReadOnlyList<RankedOption> options = positive ? _ranker.Rank(findings, lens) : [];

        var warnings = new List<Warning>(her2.Warnings.Count + 4);
        warnings.AddRange(her2.Warnings);
        if (_gate.WithheldWarning(her2) is { } withheld) warnings.Add(withheld);
        var notes = new List<Note>(3);
        EvaluateAdvisories(new AdvisoryContext(panel, her2.Status, findings), rules, warnings, notes);

        return new Evaluation(
            KnowledgeBase.Stamp, EngineVersion, panel.InputsGiven(), her2, trastuzumab, findings, options, warnings, notes, rules,
            _disclaimer, _rankingInfo[(int)lens], positive ? _alsoDiscussed : []);
    }

    private List<Finding> EvaluateFindings(PatientPanel panel, List<RuleOutcome> rules)
    {
        var findings = new List<Finding>(4);
        for (var i = 0; i < _findingRules.Length; i++)
        {
            var rule = _findingRules[i];
            var result = rule.Evaluate(panel);
            rules.Add(new RuleOutcome(rule.Id, result.Outcome, rule.Inputs, result.Detail));
            if (!result.IsFired) continue;
            var definition = _findingDefinitions[i];
            findings.Add(new Finding(
                definition.Id, definition.Mechanisms, definition.Effect, _summaries.Summary(i, definition.Summary, result.Detail),
                result.Inputs ?? definition.Inputs, definition.Citations, _findingCurrency[i]));
        }

        return findings;
    }

    private void EvaluateAdvisories(in AdvisoryContext context, List<RuleOutcome> rules, List<Warning> warnings, List<Note> notes)
    {
        for (var i = 0; i < _advisories.Length; i++)
        {
            var advisory = _advisories[i];
            var result = advisory.Evaluate(context);
            rules.Add(new RuleOutcome(advisory.Id, result.Outcome, advisory.Inputs, result.Detail));
            if (!result.IsFired || result.StatementId is not { } first) continue;
            var message = _advisoryMessages.GetOrAdd((i, first, result.SecondStatementId), key => Message(key.Advisory, key.First, key.Second));
            if (message is Warning warning) warnings.Add(warning);
            else notes.Add((Note)message);
        }
    }

    /// <summary>A warning or note from one or two statements (texts joined, citations in order), with the advisory's dated notes.</summary>
    private object Message(int advisory, string first, string? second)
    {
        var rule = _advisories[advisory];
        var a = KnowledgeBase.Statement(first);
        var text = a.Text;
        IReadOnlyList<Citation> citations = a.Citations;
        if (second is not null)
        {
            var b = KnowledgeBase.Statement(second);
            text = string.Concat(a.Text, " ", b.Text);
            citations = [.. a.Citations, .. b.Citations];
        }

        return rule.Kind == AdvisoryKind.Warning
            ? new Warning(rule.Id, text, citations) { Currency = _advisoryCurrency[advisory] }
            : new Note(rule.Id, text, citations) { Currency = _advisoryCurrency[advisory] };
    }

    private static string[] RequiredStatements() =>
    [
        .. new[] { DisclaimerStatement, RankingCurrentStatement, RankingReviewStatement }
            .Concat(TrastuzumabGate.StatementIds)
            .Concat(AdvisoryRuleSet.Create().SelectMany(a => a.StatementIds))
            .Concat(Her2Interpreter.RequiredStatements)
            .Distinct(StringComparer.Ordinal),
    ];

    private static string[] NoteSubjectIds() =>
    [
        .. AdvisoryRuleSet.Create().Select(a => a.NoteSubject).OfType<string>().Concat(Her2Interpreter.NoteSubjects).Distinct(StringComparer.Ordinal),
    ];
}
