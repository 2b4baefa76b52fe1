namespace CdsService.Rules.Engine;

using CdsService.Rules.Model;

/// <summary>
/// The review's findings describe trastuzumab resistance in HER2-positive disease. For a patient whose HER2 status is
/// negative or not final they are still listed (they were read), but each says first that it does not apply as such,
/// and the dated notes' advice about HER2-directed therapy is marked as advice for HER2-positive disease only
/// (docs/clinical-rules.md, "Findings when HER2 is not positive").
/// </summary>
internal static class NotPositiveFindings
{
    private const string Negative =
        "HER2 is negative: the review describes this finding in HER2-positive disease treated with trastuzumab; it is not a reason to choose or avoid one of the review's options for this patient. ";

    private const string NotFinal =
        "HER2 status is not final: the review describes this finding in HER2-positive disease treated with trastuzumab; it bears on the review's options only if HER2 is confirmed positive. ";

    private const string AdvicePrefix = "For HER2-positive disease only: ";

    public static List<Finding> Qualify(List<Finding> findings, Her2Status status)
    {
        if (status == Her2Status.Positive || findings.Count == 0) return findings;
        var lead = status == Her2Status.Negative ? Negative : NotFinal;
        return findings.ConvertAll(f => f with { Summary = lead + f.Summary, Currency = f.Currency.Select(Qualify).ToArray() });
    }

    private static CurrencyNote Qualify(CurrencyNote note) =>
        note.ClinicianNote is { } advice ? note with { ClinicianNote = AdvicePrefix + advice } : note;
}
