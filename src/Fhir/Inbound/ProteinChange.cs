namespace CdsService.Fhir.Inbound;

using System.Globalization;
using System.Text.RegularExpressions;

/// <summary>
/// A single amino-acid substitution (HGVS p. notation) in one-letter form, e.g. H1047R. Parses one- and three-letter
/// forms with or without "p.", the parentheses of a predicted change and a reference-sequence prefix:
/// "H1047R", "p.H1047R", "p.His1047Arg", "p.(His1047Arg)", "NP_006209.2:p.(His1047Arg)", "NM_006218.4:p.His1047Arg"
/// (Genomics Reporting IG, sequencing.md: HGVS guidance). Written here because the rules branch has no normaliser
/// yet; it belongs in Rules once both sides need it.
/// </summary>
public sealed partial record ProteinChange(char Reference, int Position, char Alternate)
{
    private static readonly Dictionary<string, char> ThreeLetter = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Ala"] = 'A', ["Arg"] = 'R', ["Asn"] = 'N', ["Asp"] = 'D', ["Cys"] = 'C', ["Gln"] = 'Q', ["Glu"] = 'E',
        ["Gly"] = 'G', ["His"] = 'H', ["Ile"] = 'I', ["Leu"] = 'L', ["Lys"] = 'K', ["Met"] = 'M', ["Phe"] = 'F',
        ["Pro"] = 'P', ["Ser"] = 'S', ["Thr"] = 'T', ["Trp"] = 'W', ["Tyr"] = 'Y', ["Val"] = 'V', ["Ter"] = '*',
        ["Sec"] = 'U', ["Pyl"] = 'O',
    };

    private const string OneLetterCodes = "ARNDCQEGHILKMFPSTWYVUO*";

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Reference}{Position}{Alternate}");

    public static bool TryParse(string? text, out ProteinChange change)
    {
        change = default!;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        var colon = s.LastIndexOf(':');
        if (colon >= 0) s = s[(colon + 1)..];
        if (s.StartsWith("p.", StringComparison.OrdinalIgnoreCase)) s = s[2..];
        if (s.StartsWith('(') && s.EndsWith(')')) s = s[1..^1];
        var m = Substitution().Match(s);
        if (!m.Success) return false;
        if (!TryAminoAcid(m.Groups["ref"].Value, out var r) || !TryAminoAcid(m.Groups["alt"].Value, out var a)) return false;
        if (!int.TryParse(m.Groups["pos"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var pos) || pos <= 0) return false;
        change = new ProteinChange(r, pos, a);
        return true;
    }

    /// <summary>The one-letter form when <paramref name="text"/> is a substitution, else the text trimmed.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var c) ? c.ToString() : text.Trim();
    }

    private static bool TryAminoAcid(string token, out char aa)
    {
        aa = default;
        if (token.Length == 3) return ThreeLetter.TryGetValue(token, out aa);
        if (token.Length != 1) return false;
        aa = char.ToUpperInvariant(token[0]);
        return OneLetterCodes.Contains(aa, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?<ref>[A-Za-z]{3}|[A-Za-z])(?<pos>\d{1,5})(?<alt>[A-Za-z]{3}|[A-Za-z*])$", RegexOptions.CultureInvariant, 200)]
    private static partial Regex Substitution();
}
