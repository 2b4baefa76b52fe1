namespace CdsService.Rules.Engine;

using System.Collections.ObjectModel;
using CdsService.Rules.Findings;
using CdsService.Rules.Findings.Advisories;
using CdsService.Rules.Her2;
using CdsService.Rules.KnowledgeBase;
using CdsService.Rules.Model;
using CdsService.Rules.Ranking;

/// <summary>
/// Runs the HER2 interpretation, every finding rule, the advisories and the ranking for one patient, and reports one
/// outcome per rule. Thread-safe: everything that does not depend on the patient (knowledge-base texts, per-agent
/// keys, warnings and notes) is computed once here; the only state that changes is two caches of pure-function texts.
/// </summary>
public sealed class CdsEngine
{
    public const string EngineVersion = "1.0.0";
    public const string DisclaimerStatement = "disclaimer";

    private readonly IFindingRule[] _findingRules;
    private readonly FindingDefinition[] _findingDefinitions;
    private readonly IReadOnlyList<CurrencyNote>[] _findingCurrency;
    private readonly FindingSummaryCache _summaries;
    private readonly IAdvisoryRule[] _advisories;
    private readonly Warning?[] _advisoryWarnings;
    private readonly Note?[] _advisoryNotes;
    private readonly TrastuzumabGate _gate;
    private readonly OptionRanker _ranker;
    private readonly string _disclaimer;

    public CdsEngine(KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(kb);
        KnowledgeBase = kb;
        _findingRules = [.. FindingRuleSet.Create(kb.SerumHer2EcdThresholdNgPerMl)];
        _findingDefinitions = Array.ConvertAll(_findingRules, r => kb.Finding(r.Id));
        _findingCurrency = Array.ConvertAll(_findingRules, r => CurrencyNotes(kb, r.Id));
        _summaries = new FindingSummaryCache(_findingRules.Length);
        _advisories = [.. AdvisoryRuleSet.Create()];
        _advisoryWarnings = Array.ConvertAll(_advisories, a => a.Kind == AdvisoryKind.Warning ? ToWarning(a, kb) : null);
        _advisoryNotes = Array.ConvertAll(_advisories, a => a.Kind == AdvisoryKind.Note ? ToNote(a, kb) : null);
        _gate = new TrastuzumabGate(kb);
        _ranker = new OptionRanker(kb.Agents, id => kb.CurrencyFor(id) is [var first, ..] ? first.ToNote() : null);
        _disclaimer = kb.Statement(DisclaimerStatement).Text;
    }

    public KnowledgeBase KnowledgeBase { get; }

    /// <summary>Every finding and statement id the engine and the HER2 interpreter read: the loader refuses a file lacking any.</summary>
    public static KnowledgeBaseRequirements Requirements { get; } = new(FindingIds.All, RequiredStatements());

    /// <summary>Loads and validates the embedded knowledge base against the rules' requirements; throws when invalid.</summary>
    public static CdsEngine CreateDefault() => new(KnowledgeBaseLoader.LoadEmbedded(Requirements));

    public Evaluation Evaluate(PatientPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var her2 = Her2Interpreter.Interpret(panel.Her2, KnowledgeBase);
        var rules = new List<RuleOutcome>(2 + _findingRules.Length + _advisories.Length) { Her2StatusOutcome.For(panel, her2) };
        var trastuzumab = _gate.Assess(her2.Status);
        rules.Add(TrastuzumabGate.Outcome(trastuzumab, her2.Status));

        var findings = EvaluateFindings(panel, rules);
        IReadOnlyList<RankedOption> options = her2.Status == Her2Status.Positive ? _ranker.Rank(findings) : [];

        var warnings = new List<Warning>(her2.Warnings.Count + 4);
        warnings.AddRange(her2.Warnings);
        if (_gate.WithheldWarning(her2) is { } withheld) warnings.Add(withheld);
        var notes = new List<Note>(2);
        EvaluateAdvisories(new AdvisoryContext(panel, her2.Status, findings), rules, warnings, notes);

        return new Evaluation(
            KnowledgeBase.Stamp, EngineVersion, panel.InputsGiven(), her2, trastuzumab, findings, options, warnings, notes, rules, _disclaimer);
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
                definition.Inputs, definition.Citations, _findingCurrency[i]));
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
            if (!result.IsFired) continue;
            if (_advisoryWarnings[i] is { } warning) warnings.Add(warning);
            else if (_advisoryNotes[i] is { } note) notes.Add(note);
        }
    }

    private static ReadOnlyCollection<CurrencyNote> CurrencyNotes(KnowledgeBase kb, string subject) =>
        Array.AsReadOnly([.. kb.CurrencyFor(subject).Select(c => c.ToNote())]);

    private static Warning ToWarning(IAdvisoryRule advisory, KnowledgeBase kb)
    {
        var statement = kb.Statement(advisory.StatementId);
        return new Warning(advisory.Id, statement.Text, statement.Citations);
    }

    private static Note ToNote(IAdvisoryRule advisory, KnowledgeBase kb)
    {
        var statement = kb.Statement(advisory.StatementId);
        return new Note(advisory.Id, statement.Text, statement.Citations);
    }

    private static string[] RequiredStatements() =>
    [
        .. new[] { DisclaimerStatement }
            .Concat(TrastuzumabGate.StatementIds)
            .Concat(AdvisoryRuleSet.Create().Select(a => a.StatementId))
            .Concat(Her2Interpreter.RequiredStatements)
            .Distinct(StringComparer.Ordinal),
    ];
}
