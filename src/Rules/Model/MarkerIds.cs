namespace CdsService.Rules.Model;

/// <summary>Input ids: the REST field names (README.md, "A first call"), used in findings' "inputs" and agents' "specific for".</summary>
public static class MarkerIds
{
    public const string Her2 = "her2";
    public const string Pten = "pten";
    public const string Pik3ca = "pik3ca";
    public const string CyclinE = "cyclinE";
    public const string Fcgr3a158 = "fcgr3a158";
    public const string Fcgr2a131 = "fcgr2a131";
    public const string SerumHer2Ecd = "serumHer2Ecd";
    public const string P95Her2 = "p95Her2";
    public const string Egfr = "egfr";
    public const string Erbb3 = "erbb3";
    public const string Igf1r = "igf1r";
    public const string Muc4 = "muc4";
    public const string Cd44 = "cd44";
    public const string Src = "src";
    public const string P27 = "p27";
    public const string TrastuzumabHistory = "trastuzumabHistory";

    public static IReadOnlyList<string> All { get; } =
    [
        Her2, Pten, Pik3ca, CyclinE, Fcgr3a158, Fcgr2a131, SerumHer2Ecd, P95Her2,
        Egfr, Erbb3, Igf1r, Muc4, Cd44, Src, P27, TrastuzumabHistory,
    ];
}
