namespace CdsService.Rules.Findings;

using System.Globalization;
using CdsService.Rules.Model;

/// <summary>
/// A phase II study found lower serum ErbB2-ECD in responders, consistent with less shedding and less p95ErbB2 [13]
/// ("Mechanism of Trastuzumab action"). The review gives no cut-off: the threshold is the assay's clinical cut-off
/// (15 ng/mL), an external value carried by the knowledge base. Strictly greater than the cut-off fires. The effect is
/// uncertain: the review reports an association with response, not a predictor; it never stands for HER2 status.
/// </summary>
public sealed class SerumHer2EcdElevatedRule : IFindingRule
{
    public const double DefaultThresholdNgPerMl = 15.0;

    private static readonly string[] InputIds = [MarkerIds.SerumHer2Ecd];
    private static readonly RuleResult Absent = RuleResult.NotApplicable("Serum HER2 ECD not reported.");

    public SerumHer2EcdElevatedRule(double thresholdNgPerMl = DefaultThresholdNgPerMl)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(thresholdNgPerMl);
        ThresholdNgPerMl = thresholdNgPerMl;
    }

    public double ThresholdNgPerMl { get; }

    public string Id => FindingIds.SerumHer2EcdElevated;

    public IReadOnlyList<string> Inputs => InputIds;

    public RuleResult Evaluate(PatientPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        if (panel.SerumHer2EcdNgPerMl is not { } value) return Absent;
        return value > ThresholdNgPerMl
            ? RuleResult.Fired(string.Create(CultureInfo.InvariantCulture,
                $"This patient: serum HER2 ECD {value} ng/mL, above the {ThresholdNgPerMl} ng/mL assay cut-off (an external threshold, not from the review)."))
            : RuleResult.NotFired(string.Create(CultureInfo.InvariantCulture,
                $"Serum HER2 ECD {value} ng/mL, not above the {ThresholdNgPerMl} ng/mL assay cut-off."));
    }
}
