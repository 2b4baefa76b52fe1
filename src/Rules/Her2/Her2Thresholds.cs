namespace CdsService.Rules.Her2;

/// <summary>ASCO/CAP 2018 cut-offs (docs/clinical-rules.md, "HER2"); every comparison is inclusive at the threshold ("&gt;= 2.0").</summary>
internal static class Her2Thresholds
{
    public const double Ratio = 2.0;
    public const double LowCopies = 4.0;
    public const double HighCopies = 6.0;

    // docs/clinical-rules.md, "HER2": anything outside these is a field error at the edge, so the rules refuse to call it.
    public const double MaxRatio = 50.0;
    public const double MaxCopies = 100.0;
}
