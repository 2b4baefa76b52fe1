namespace CdsService.Rules.KnowledgeBase;

/// <summary>The agent ids of the review's Table 1, in table order (docs/clinical-rules.md).</summary>
public static class AgentIds
{
    public const string Pertuzumab = "pertuzumab";
    public const string Cetuximab = "cetuximab";
    public const string Lapatinib = "lapatinib";
    public const string NvpAew541 = "nvp-aew541";
    public const string Xl147 = "xl147";
    public const string Perifosine = "perifosine";
    public const string Mk2206 = "mk2206";
    public const string Rad001 = "rad001";
    public const string Ap23573 = "ap23573";
    public const string Aromasin = "aromasin";
    public const string NvpAuy922 = "nvp-auy922";
    public const string Alvespimycin = "alvespimycin";
    public const string Tanespimycin = "tanespimycin";
    public const string TrastuzumabDm1 = "trastuzumab-dm1";
    public const string Bevacizumab = "bevacizumab";
    public const string MdxH210 = "mdx-h210";
    public const string TwoB1 = "2b1";
    public const string Erbb2Vaccine = "erbb2-vaccine";
    public const string AutoVac = "autovac";
    public const string Rapamune = "rapamune";
    public const string E1a = "e1a";
    public const string Grn163l = "grn163l";

    /// <summary>Table 1 order: the last ranking tie-breaker (docs/clinical-rules.md, "Ranking policy").</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Pertuzumab, Cetuximab, Lapatinib, NvpAew541, Xl147, Perifosine, Mk2206, Rad001, Ap23573, Aromasin, NvpAuy922,
        Alvespimycin, Tanespimycin, TrastuzumabDm1, Bevacizumab, MdxH210, TwoB1, Erbb2Vaccine, AutoVac, Rapamune, E1a, Grn163l,
    ];
}
