namespace CdsService.Api.Batches.Reports;

using CdsService.Api.Evaluations.Reports;
using CdsService.Rules.Model;

/// <summary>
/// The cohort at a glance: HER2 calls, how many patients show each resistance mechanism, and which options come
/// first most often. Counts are of patients, so a patient with two PI3K findings counts once for that mechanism.
/// </summary>
public sealed record CohortSummary(
    IReadOnlyList<CountOf> Her2Status,
    IReadOnlyList<CountOf> Mechanisms,
    IReadOnlyList<TopOption> TopOptions,
    int PatientsWithOptions)
{
    /// <summary>Options listed in the summary; the per-patient sections have them all.</summary>
    public const int TopOptionsShown = 10;

    private static readonly string[] Her2Order = ["positive", "negative", "equivocal", "pending", "indeterminate", "unknown"];

    public static CohortSummary Of(IReadOnlyList<EvaluationReport> patients)
    {
        ArgumentNullException.ThrowIfNull(patients);
        var statuses = patients.GroupBy(p => p.Her2.Status, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var her2 = Her2Order.Select(s => new CountOf(s, statuses.GetValueOrDefault(s)))
            .Concat(statuses.Where(s => !Her2Order.Contains(s.Key)).Select(s => new CountOf(s.Key, s.Value)))
            .ToList();

        var mechanisms = MechanismIds.All
            .Select(m => new CountOf(m, patients.Count(p => p.Findings.Any(f => f.Mechanisms.Contains(m)))))
            .ToList();

        var withOptions = patients.Where(p => p.Options.Count > 0).ToList();
        var top = withOptions
            .SelectMany(p => p.Options.Where(o => o.Rank <= 3).Select(o => (o.Agent, First: o.Rank == 1)))
            .GroupBy(o => o.Agent, StringComparer.Ordinal)
            .Select(g => new TopOption(g.Key, g.Count(o => o.First), g.Count()))
            .OrderByDescending(o => o.RankedFirst).ThenByDescending(o => o.InTopThree).ThenBy(o => o.Agent, StringComparer.Ordinal)
            .Take(TopOptionsShown)
            .ToList();
        return new CohortSummary(her2, mechanisms, top, withOptions.Count);
    }
}

/// <summary>How many patients have <see cref="Key"/>.</summary>
public sealed record CountOf(string Key, int Patients);

/// <summary>How often an agent is ranked first, and among the first three, across the patients that have options.</summary>
public sealed record TopOption(string Agent, int RankedFirst, int InTopThree);
