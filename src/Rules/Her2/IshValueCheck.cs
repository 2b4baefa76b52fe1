namespace CdsService.Rules.Her2;

/// <summary>
/// Guards the ISH rules against values the edge should have refused (docs/clinical-rules.md, "HER2"): the
/// interpreter never crashes and never calls a status from a missing or impossible measurement.
/// </summary>
internal static class IshValueCheck
{
    public static bool IsValidRatio(double ratio) => double.IsFinite(ratio) && ratio > 0 && ratio < Her2Thresholds.MaxRatio;

    public static bool IsValidCopies(double copies) => double.IsFinite(copies) && copies > 0 && copies < Her2Thresholds.MaxCopies;

    /// <summary>An indeterminate call that names what is wrong; the only way forward is complete HER2 testing.</summary>
    public static Her2Call Unusable(string assay, string problem) =>
        new(Model.Her2Status.Indeterminate, assay + " ISH " + problem + ": HER2 status cannot be derived.", Her2ActionCodes.Her2Testing);

    public static string Invalid(string field, double value) =>
        "with " + field + " " + Her2Format.Number(value) + " outside the valid range";
}
