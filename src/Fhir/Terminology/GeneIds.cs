namespace CdsService.Fhir.Terminology;

/// <summary>
/// HGNC gene ids read from gene-studied components (48018-6). The first block is from docs/fhir.md, "Codes read"; the
/// expression markers of the review's "alternative receptor" and "steric hindrance" sections are HGNC ids too.
/// </summary>
public static class GeneIds
{
    public const string Erbb2 = "HGNC:3430";
    public const string Pik3ca = "HGNC:8975";
    public const string Pten = "HGNC:9588";
    public const string Ccne1 = "HGNC:1589";
    public const string Fcgr3a = "HGNC:3619";
    public const string Fcgr2a = "HGNC:3616";
    public const string Egfr = "HGNC:3236";
    public const string Erbb3 = "HGNC:3431";
    public const string Igf1r = "HGNC:5465";
    public const string Muc4 = "HGNC:7514";
    public const string Cd44 = "HGNC:1681";
    public const string Src = "HGNC:11283";
    public const string Cdkn1b = "HGNC:1785";

    /// <summary>dbSNP ids of the Fc-gamma receptor polymorphisms (docs/fhir.md, "Codes read"): FCGR3A V158F, FCGR2A H131R.</summary>
    public const string Fcgr3aV158F = "rs396991";
    public const string Fcgr2aH131R = "rs1801274";

    private static readonly Dictionary<string, string> BySymbol = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ERBB2"] = Erbb2, ["HER2"] = Erbb2, ["PIK3CA"] = Pik3ca, ["PTEN"] = Pten, ["CCNE1"] = Ccne1,
        ["FCGR3A"] = Fcgr3a, ["FCGR2A"] = Fcgr2a, ["EGFR"] = Egfr, ["ERBB3"] = Erbb3, ["IGF1R"] = Igf1r,
        ["MUC4"] = Muc4, ["CD44"] = Cd44, ["SRC"] = Src, ["CDKN1B"] = Cdkn1b,
    };

    /// <summary>Normalises "HGNC:8975", "8975" or a known symbol ("PIK3CA") to "HGNC:8975"; null when unknown.</summary>
    public static string? Normalise(string? codeOrSymbol)
    {
        if (string.IsNullOrWhiteSpace(codeOrSymbol)) return null;
        var s = codeOrSymbol.Trim();
        if (s.StartsWith("HGNC:", StringComparison.OrdinalIgnoreCase)) return "HGNC:" + s[5..].Trim();
        if (s.All(char.IsAsciiDigit)) return "HGNC:" + s;
        return BySymbol.TryGetValue(s, out var id) ? id : null;
    }
}
