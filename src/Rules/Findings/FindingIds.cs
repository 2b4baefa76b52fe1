namespace CdsService.Rules.Findings;

/// <summary>The knowledge-base ids of the findings (docs/clinical-rules.md, "Findings"), in rule order.</summary>
public static class FindingIds
{
    public const string PtenLoss = "pten-loss";
    public const string Pik3caMutation = "pik3ca-mutation";
    public const string Pik3caVariantUncertain = "pik3ca-variant-uncertain";
    public const string CyclinEDysregulation = "cyclin-e-dysregulation";
    public const string P27Mislocalization = "p27-mislocalization";
    public const string FcgrLowAffinity = "fcgr-low-affinity";
    public const string SerumHer2EcdElevated = "serum-her2-ecd-elevated";
    public const string P95Her2Present = "p95her2-present";
    public const string EgfrOverexpression = "egfr-overexpression";
    public const string Erbb3Overexpression = "erbb3-overexpression";
    public const string Igf1rOverexpression = "igf1r-overexpression";
    public const string Muc4Overexpression = "muc4-overexpression";
    public const string Cd44Overexpression = "cd44-overexpression";
    public const string SrcActivation = "src-activation";

    public static IReadOnlyList<string> All { get; } =
    [
        PtenLoss, Pik3caMutation, Pik3caVariantUncertain, CyclinEDysregulation, P27Mislocalization, FcgrLowAffinity, SerumHer2EcdElevated,
        P95Her2Present, EgfrOverexpression, Erbb3Overexpression, Igf1rOverexpression, Muc4Overexpression,
        Cd44Overexpression, SrcActivation,
    ];
}
