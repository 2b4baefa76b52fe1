namespace CdsService.Api.Batches.Reports;

using CdsService.Api.Evaluations.Reports;
using CdsService.Rules.Findings.Advisories;
using CdsService.Rules.Her2;
using CdsService.Rules.Model;

/// <summary>
/// One line of the report's overview, the table a board discusses from: the HER2 call and what it still waits for,
/// the findings by mechanism, the top available option and the flags that need a look. The CSV summary export has
/// exactly these columns (docs/batches.md, "Overview").
/// </summary>
public sealed record BatchOverviewRow(
    int Row,
    string? PatientId,
    Guid EvaluationId,
    string Her2Status,
    IReadOnlyList<string> Pending,
    IReadOnlyList<MechanismFindings> FindingsByMechanism,
    ReportOption? TopAvailableOption,
    IReadOnlyList<string> Flags)
{
    // The warnings a board must see before it trusts the line: a HER2 call the tests disagree on, a laboratory status
    // other than the derived one, a preliminary result set aside, and the PTEN/PIK3CA co-occurrence the review says
    // is rare (docs/clinical-rules.md, "HER2" and "PIK3CA").
    private static readonly string[] FlagWarnings =
    [
        Her2WarningCodes.Discordant, Her2WarningCodes.ReportedStatusDiffers, Her2WarningCodes.PreliminaryNotUsed, PtenPik3caCoOccurrenceRule.Code,
    ];

    // Required actions that mean the HER2 call rests on a preliminary result or on no test at all.
    private static readonly string[] FlagActions = [Her2ActionCodes.AwaitFinalResult, Her2ActionCodes.Her2Testing];

    public static BatchOverviewRow Of(BatchPatient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var r = patient.Report;
        var byMechanism = MechanismIds.All
            .Select(m => new MechanismFindings(m, r.Findings.Where(f => f.Mechanisms.Contains(m)).Select(f => f.Id).ToList()))
            .Where(m => m.Findings.Count > 0)
            .ToList();
        var warnings = r.Warnings.Select(w => w.Code).ToHashSet(StringComparer.Ordinal);
        var actions = r.Her2.RequiredActions.Select(a => a.Code).ToList();
        var flags = FlagWarnings.Where(warnings.Contains).Concat(FlagActions.Where(actions.Contains)).ToList();
        return new BatchOverviewRow(patient.Row, r.PatientId, r.EvaluationId, r.Her2.Status, actions, byMechanism, TopAvailable(r.Options), flags);
    }

    /// <summary>
    /// The best-ranked supporting option of tier 1 or 2, as a headline names it (docs/clinical-rules.md, "Wording
    /// rules"): a tier-3 agent is never headlined, in either lens.
    /// </summary>
    public static ReportOption? TopAvailable(IReadOnlyList<ReportOption> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Where(o => o.Direction == "supports" && o.Availability?.Tier is <= 2).MinBy(o => o.Rank);
    }
}

/// <summary>The findings of one patient that act through <see cref="Mechanism"/>.</summary>
public sealed record MechanismFindings(string Mechanism, IReadOnlyList<string> Findings);
