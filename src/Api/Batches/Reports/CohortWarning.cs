namespace CdsService.Api.Batches.Reports;

using CdsService.Api.Evaluations.Reports;

/// <summary>A warning stated once for the cohort instead of in every patient section, with how many patients it concerns.</summary>
public sealed record CohortWarning(string Code, string Text, IReadOnlyList<ReportCitation> Citations, int Patients)
{
    // These restate the evidence base of the service (a 2011 review; mechanisms mostly from cell culture), not
    // anything about the patient: repeated in fifty sections they would bury the warnings that are about the patient.
    private static readonly HashSet<string> ServiceLevel = new(["review-currency", "preclinical-evidence"], StringComparer.Ordinal);

    public static bool IsServiceLevel(ReportNote warning)
    {
        ArgumentNullException.ThrowIfNull(warning);
        return ServiceLevel.Contains(warning.Code);
    }

    public static IReadOnlyList<CohortWarning> Of(IReadOnlyList<EvaluationReport> patients)
    {
        ArgumentNullException.ThrowIfNull(patients);
        return patients.SelectMany(p => p.Warnings.Where(IsServiceLevel).DistinctBy(w => w.Code))
            .GroupBy(w => (w.Code, w.Text))
            .Select(g => new CohortWarning(g.Key.Code, g.Key.Text, g.First().Citations, g.Count()))
            .OrderBy(w => w.Code, StringComparer.Ordinal)
            .ToList();
    }
}
