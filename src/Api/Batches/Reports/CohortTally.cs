namespace CdsService.Api.Batches.Reports;

using CdsService.Api.Evaluations.Reports;
using CdsService.Rules.Model;
using CdsService.Rules.Vocabulary;

/// <summary>
/// What the report says of the cohort as a whole, counted one patient at a time while the patients stream past: the
/// summary tables, the charts, the service-level warnings, the dated notes and the references. Its size grows with
/// the knowledge base (agents, notes, references), not with the number of patients.
/// </summary>
public sealed class CohortTally
{
    private static readonly string[] Her2Order = ["positive", "negative", "equivocal", "pending", "indeterminate", "unknown"];

    private readonly Dictionary<string, int> _her2 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _her2Acting = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _mechanisms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _mechanismsPositive = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Mechanism, string Agent), int> _topByMechanism = [];
    private readonly HashSet<string> _topAgents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int First, int TopThree)> _topOptions = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Code, string Text), (IReadOnlyList<ReportCitation> Citations, int Patients)> _warnings = [];
    private readonly SortedDictionary<int, ReportCitation> _references = [];
    private readonly List<DatedSubject> _subjects = [];
    private readonly Dictionary<string, DatedSubject> _subjectsByName = new(StringComparer.Ordinal);
    private readonly List<(ReportDatedNote Note, List<string> Subjects)> _notes = [];
    private readonly Dictionary<string, int> _noteIndex = new(StringComparer.Ordinal);

    /// <summary>Shown in the charts for a HER2-positive patient whose options are all tier 3.</summary>
    public const string NoTopOption = "no tier 1 or 2 option";

    public int Patients { get; private set; }

    public int PatientsWithOptions { get; private set; }

    public void Add(BatchPatient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var r = patient.Report;
        var row = BatchOverviewRow.Of(patient);
        Patients++;
        Increment(_her2, r.Her2.Status);
        if (row.Pending.Count > 0)
            Increment(_her2Acting, r.Her2.Status);
        var positive = r.Her2.Status == "positive";
        foreach (var m in row.FindingsByMechanism.Select(m => m.Mechanism))
        {
            Increment(_mechanisms, m);
            if (!positive)
                continue;
            Increment(_mechanismsPositive, m);
            var agent = row.TopAvailableOption?.Agent ?? NoTopOption;
            _topByMechanism[(m, agent)] = _topByMechanism.GetValueOrDefault((m, agent)) + 1;
        }
        if (positive)
            _topAgents.Add(row.TopAvailableOption?.Agent ?? NoTopOption);
        if (r.Options.Count > 0)
        {
            PatientsWithOptions++;
            foreach (var o in r.Options.Where(o => o.Rank <= 3))
            {
                var (first, three) = _topOptions.GetValueOrDefault(o.Agent);
                _topOptions[o.Agent] = (first + (o.Rank == 1 ? 1 : 0), three + 1);
            }
        }
        foreach (var w in r.Warnings.Where(CohortWarning.IsServiceLevel).DistinctBy(w => w.Code))
        {
            var (citations, count) = _warnings.GetValueOrDefault((w.Code, w.Text), (w.Citations, 0));
            _warnings[(w.Code, w.Text)] = (citations, count + 1);
        }
        foreach (var c in r.CitedReferences())
        {
            // The first citation with an identified paper stands for its number, as in the one-patient report.
            if (!_references.TryGetValue(c.Ref!.Value, out var known) || (known.Paper is null && c.Paper is not null))
                _references[c.Ref.Value] = c;
        }
        AddDatedNotes(r);
    }

    public CohortSummary Summary()
    {
        var her2 = Her2Order.Select(s => new CountOf(s, _her2.GetValueOrDefault(s)))
            .Concat(_her2.Where(s => !Her2Order.Contains(s.Key)).Select(s => new CountOf(s.Key, s.Value)))
            .ToList();
        var mechanisms = MechanismIds.All.Select(m => new CountOf(m, _mechanisms.GetValueOrDefault(m))).ToList();
        var top = _topOptions.Select(o => new TopOption(o.Key, o.Value.First, o.Value.TopThree))
            .OrderByDescending(o => o.RankedFirst).ThenByDescending(o => o.InTopThree).ThenBy(o => o.Agent, StringComparer.Ordinal)
            .Take(CohortSummary.TopOptionsShown)
            .ToList();
        return new CohortSummary(her2, mechanisms, top, PatientsWithOptions);
    }

    public IReadOnlyList<CohortWarning> CohortWarnings() =>
        _warnings.Select(w => new CohortWarning(w.Key.Code, w.Key.Text, w.Value.Citations, w.Value.Patients))
            .OrderBy(w => w.Code, StringComparer.Ordinal)
            .ToList();

    /// <summary>Every review reference cited for any patient, once, in number order.</summary>
    public IReadOnlyList<ReportCitation> References() => [.. _references.Values];

    /// <summary>The dated notes by the agent, finding or message they concern, in order of first appearance.</summary>
    public IReadOnlyList<DatedSubject> DatedSubjects() => _subjects;

    /// <summary>Every dated note once, with the subjects it was shown with, in order of first appearance.</summary>
    public IEnumerable<(ReportDatedNote Note, IReadOnlyList<string> Subjects)> DatedNotes() =>
        _notes.Select(n => (n.Note, (IReadOnlyList<string>)n.Subjects));

    /// <summary>Per mechanism: patients with a finding in it, and how many of them are HER2-positive.</summary>
    public IEnumerable<(string Mechanism, int Patients, int Positive)> Mechanisms() =>
        MechanismIds.All.Select(m => (m, _mechanisms.GetValueOrDefault(m), _mechanismsPositive.GetValueOrDefault(m)));

    /// <summary>The top available agents of HER2-positive patients (the "none" series last).</summary>
    public IReadOnlyList<string> TopAgents() =>
        [.. _topAgents.OrderBy(a => a == NoTopOption).ThenBy(a => a, StringComparer.Ordinal)];

    public int TopAgentPatients(string mechanism, string agent) => _topByMechanism.GetValueOrDefault((mechanism, agent));

    /// <summary>Per HER2 status seen (and the five always shown): patients, and how many still have a required action.</summary>
    public IEnumerable<(string Status, int Patients, int Acting)> Her2Funnel() =>
        Her2Order.Concat(_her2.Keys.Where(s => !Her2Order.Contains(s)).Order(StringComparer.Ordinal))
            .Where(s => _her2.ContainsKey(s) || s is not "indeterminate")
            .Select(s => (s, _her2.GetValueOrDefault(s), _her2Acting.GetValueOrDefault(s)));

    private void AddDatedNotes(EvaluationReport r)
    {
        var shown = r.Options.Select(o => (Subject: o.Agent, Badge: (string?)DatedNoteWriter.Badge(o.Availability), Notes: o.Currency))
            .Concat(r.Findings.Select(f => (Subject: ClinicalLabels.Finding(f.Id), Badge: (string?)null, Notes: f.Currency)))
            .Concat(r.AlsoDiscussed.Select(a => (Subject: a.Name, Badge: (string?)DatedNoteWriter.Badge(a.Availability), Notes: a.Currency)))
            .Concat(r.Notes.Concat(r.Warnings).Select(m => (Subject: m.Code, Badge: (string?)null, Notes: m.Currency)));
        foreach (var (subject, badge, notes) in shown)
        {
            if (notes.Count > 0)
            {
                if (!_subjectsByName.TryGetValue(subject, out var known))
                {
                    known = new DatedSubject(subject, badge);
                    _subjectsByName[subject] = known;
                    _subjects.Add(known);
                }
                known.Add(notes);
            }
        }

        // The CSV lists notes by note; the same order as the full CSV had: options, also discussed, findings, messages.
        var byNote = r.Options.SelectMany(o => o.Currency.Select(n => (Subject: o.Agent, Note: n)))
            .Concat(r.AlsoDiscussed.SelectMany(a => a.Currency.Select(n => (Subject: a.Name, Note: n))))
            .Concat(r.Findings.SelectMany(f => f.Currency.Select(n => (Subject: ClinicalLabels.Finding(f.Id), Note: n))))
            .Concat(r.Notes.Concat(r.Warnings).SelectMany(m => m.Currency.Select(n => (Subject: m.Code, Note: n))));
        foreach (var (subject, note) in byNote)
        {
            if (!_noteIndex.TryGetValue(note.Key, out var index))
            {
                index = _notes.Count;
                _noteIndex[note.Key] = index;
                _notes.Add((note, []));
            }
            if (!_notes[index].Subjects.Contains(subject, StringComparer.Ordinal))
                _notes[index].Subjects.Add(subject);
        }
    }

    private static void Increment(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}

/// <summary>One agent, finding or message with every distinct dated note shown with it, and its badge from the first patient.</summary>
public sealed class DatedSubject(string subject, string? badge)
{
    private readonly List<ReportDatedNote> _notes = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    public string Subject { get; } = subject;

    public string? Badge { get; } = badge;

    public IReadOnlyList<ReportDatedNote> Notes => _notes;

    public void Add(IEnumerable<ReportDatedNote> notes)
    {
        foreach (var note in notes.Where(n => _keys.Add(n.Key)))
            _notes.Add(note);
    }
}
