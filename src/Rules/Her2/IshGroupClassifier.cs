namespace CdsService.Rules.Her2;

/// <summary>ASCO/CAP 2018 dual-probe ISH groups 1-5 from the HER2/CEP17 ratio and mean HER2 copies per cell.</summary>
internal static class IshGroupClassifier
{
    public const int MinGroup = 1;
    public const int MaxGroup = 5;

    // docs/clinical-rules.md, "HER2", dual-probe rows: group 1 ratio >= 2.0 & CN >= 4.0; group 2 ratio >= 2.0 & CN < 4.0;
    // group 3 ratio < 2.0 & CN >= 6.0; group 4 ratio < 2.0 & 4.0 <= CN < 6.0; group 5 ratio < 2.0 & CN < 4.0.
    public static int Classify(double ratio, double copies) =>
        ratio >= Her2Thresholds.Ratio
            ? copies >= Her2Thresholds.LowCopies ? 1 : 2
            : copies >= Her2Thresholds.HighCopies ? 3 : copies >= Her2Thresholds.LowCopies ? 4 : 5;

    public static bool IsGroup(int group) => group is >= MinGroup and <= MaxGroup;
}
