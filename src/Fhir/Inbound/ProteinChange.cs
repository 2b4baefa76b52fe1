namespace CdsService.Fhir.Inbound;

using System.Globalization;
using CdsService.Rules.Findings;

/// <summary>
/// A single amino-acid substitution (HGVS p. notation) in one-letter form, e.g. H1047R, as parsed by the rules'
/// <see cref="Pik3caVariantParser"/> (one- and three-letter forms, "p.", the parentheses of a predicted change and a
/// reference-sequence prefix: "NP_006209.2:p.(His1047Arg)"), so the FHIR edge and the rules read variants alike.
/// The FHIR side also needs the residues apart, for the Fc-gamma receptor alleles.
/// </summary>
public sealed record ProteinChange(char Reference, int Position, char Alternate)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Reference}{Position}{Alternate}");

    public static bool TryParse(string? text, out ProteinChange change)
    {
        change = default!;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parsed = Pik3caVariantParser.Parse(text);
        if (parsed.ProteinChange is not { Length: >= 3 } oneLetter || parsed.Codon is not { } codon) return false;
        change = new ProteinChange(oneLetter[0], codon, oneLetter[^1]);
        return true;
    }

    /// <summary>The one-letter form when <paramref name="text"/> is a substitution, else the text trimmed.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var c) ? c.ToString() : text.Trim();
    }
}
