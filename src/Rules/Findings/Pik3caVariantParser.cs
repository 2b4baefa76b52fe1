namespace CdsService.Rules.Findings;

using System.Globalization;

/// <summary>
/// Reads HGVS-like protein changes in the spellings laboratories send ("E545K", "p.Glu545Lys", "p.(Glu545Lys)",
/// "NM_006218.4:p.His1047Arg") and writes them in one-letter form, so that hotspots are recognised however reported.
/// </summary>
public static class Pik3caVariantParser
{
    private static readonly Dictionary<string, char> ThreeToOne = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Ala"] = 'A', ["Arg"] = 'R', ["Asn"] = 'N', ["Asp"] = 'D', ["Cys"] = 'C', ["Gln"] = 'Q', ["Glu"] = 'E',
        ["Gly"] = 'G', ["His"] = 'H', ["Ile"] = 'I', ["Leu"] = 'L', ["Lys"] = 'K', ["Met"] = 'M', ["Phe"] = 'F',
        ["Pro"] = 'P', ["Ser"] = 'S', ["Thr"] = 'T', ["Trp"] = 'W', ["Tyr"] = 'Y', ["Val"] = 'V', ["Ter"] = '*',
    };

    private const string OneLetterCodes = "ACDEFGHIKLMNPQRSTVWY*";

    public static Pik3caVariant Parse(string reported)
    {
        ArgumentNullException.ThrowIfNull(reported);
        var text = reported.AsSpan().Trim();
        var colon = text.LastIndexOf(':');
        if (colon >= 0) text = text[(colon + 1)..].Trim();
        if (text.StartsWith("p.", StringComparison.OrdinalIgnoreCase)) text = text[2..];
        if (text.Length > 2 && text[0] == '(' && text[^1] == ')') text = text[1..^1];

        return TryRead(text, out var from, out var codon, out var to)
            ? new Pik3caVariant(reported, string.Create(CultureInfo.InvariantCulture, $"{from}{codon}{to}"), codon)
            : new Pik3caVariant(reported, null, null);
    }

    private static bool TryRead(ReadOnlySpan<char> text, out char from, out int codon, out char to)
    {
        from = to = default;
        codon = 0;
        var digitsStart = text.IndexOfAnyInRange('0', '9');
        if (digitsStart <= 0) return false;
        var digitsLength = text[digitsStart..].IndexOfAnyExceptInRange('0', '9');
        if (digitsLength <= 0) return false;
        var digitsEnd = digitsStart + digitsLength;
        return TryResidue(text[..digitsStart], out from)
            && TryResidue(text[digitsEnd..], out to)
            && int.TryParse(text[digitsStart..digitsEnd], NumberStyles.None, CultureInfo.InvariantCulture, out codon)
            && codon > 0;
    }

    private static bool TryResidue(ReadOnlySpan<char> residue, out char code)
    {
        code = default;
        if (residue.Length == 1)
        {
            code = char.ToUpperInvariant(residue[0]);
            return OneLetterCodes.Contains(code, StringComparison.Ordinal);
        }

        return residue.Length == 3 && ThreeToOne.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(residue, out code);
    }
}
