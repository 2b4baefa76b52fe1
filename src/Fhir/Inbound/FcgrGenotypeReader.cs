namespace CdsService.Fhir.Inbound;

using System.Text.RegularExpressions;
using CdsService.Fhir.Terminology;
using CdsService.Rules.Model;
using Hl7.Fhir.Model;

/// <summary>
/// Fc-gamma receptor genotypes (docs/fhir.md, "Codes read"), keyed on the dbSNP id (rs396991 FCGR3A V158F, rs1801274 FCGR2A
/// H131R) or the gene (HGNC:3619, HGNC:3616). The genotype comes from text ("FCGR3A 158 V/F", "Val/Phe") or from a
/// protein change plus allelic state; never from HGVS positions or nucleotides, because the legacy 158/131 numbering
/// is of the mature protein and differs from the precursor transcript.
/// </summary>
internal static partial class FcgrGenotypeReader
{
    public enum Receptor { Fcgr3a158, Fcgr2a131 }

    public static Receptor? Identify(Observation o)
    {
        var strings = o.Component.SelectMany(c => ObservationFacts.AllStrings(c.Value))
            .Concat(ObservationFacts.AllStrings(o.Code)).Concat(ObservationFacts.AllStrings(o.Value));
        foreach (var s in strings)
        {
            if (s.Contains(GeneIds.Fcgr3aV158F, StringComparison.OrdinalIgnoreCase)) return Receptor.Fcgr3a158;
            if (s.Contains(GeneIds.Fcgr2aH131R, StringComparison.OrdinalIgnoreCase)) return Receptor.Fcgr2a131;
        }

        return ObservationFacts.GeneStudied(o) switch
        {
            GeneIds.Fcgr3a => Receptor.Fcgr3a158,
            GeneIds.Fcgr2a => Receptor.Fcgr2a131,
            _ => null,
        };
    }

    /// <summary>Genotype written out, e.g. "V/F" or "Val/Phe" anywhere in the text.</summary>
    public static object? FromText(Receptor receptor, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = (receptor == Receptor.Fcgr3a158 ? VfPattern() : HrPattern()).Match(text);
        return m.Success ? Make(receptor, Letter(m.Groups["a"].Value), Letter(m.Groups["b"].Value)) : null;
    }

    /// <summary>From a protein change (ref -> alt) and zygosity: homozygous alt/alt, heterozygous ref/alt, absent ref/ref.</summary>
    public static object? FromVariant(Receptor receptor, ProteinChange change, string? allelicState, bool absent)
    {
        var (ref1, ref2) = receptor == Receptor.Fcgr3a158 ? ('V', 'F') : ('H', 'R');
        if (!((change.Reference == ref1 && change.Alternate == ref2) || (change.Reference == ref2 && change.Alternate == ref1))) return null;
        if (absent) return Make(receptor, change.Reference, change.Reference);
        return allelicState switch
        {
            AnswerCodes.Homozygous => Make(receptor, change.Alternate, change.Alternate),
            AnswerCodes.Heterozygous => Make(receptor, change.Reference, change.Alternate),
            _ => null,
        };
    }

    public static string Display(object genotype) => genotype switch
    {
        Fcgr3a158Genotype g => g switch { Fcgr3a158Genotype.VV => "V/V", Fcgr3a158Genotype.VF => "V/F", _ => "F/F" },
        Fcgr2a131Genotype g => g switch { Fcgr2a131Genotype.HH => "H/H", Fcgr2a131Genotype.HR => "H/R", _ => "R/R" },
        _ => genotype.ToString() ?? string.Empty,
    };

    private static object Make(Receptor receptor, char a, char b)
    {
        var both = string.Concat(new[] { a, b }.Order());
        return receptor == Receptor.Fcgr3a158
            ? both switch { "VV" => Fcgr3a158Genotype.VV, "FV" => Fcgr3a158Genotype.VF, _ => Fcgr3a158Genotype.FF }
            : both switch { "HH" => Fcgr2a131Genotype.HH, "HR" => Fcgr2a131Genotype.HR, _ => Fcgr2a131Genotype.RR };
    }

    private static char Letter(string token) => token.Length == 1 ? char.ToUpperInvariant(token[0]) : token.ToUpperInvariant() switch
    {
        "VAL" => 'V',
        "PHE" => 'F',
        "HIS" => 'H',
        _ => 'R',
    };

    [GeneratedRegex(@"(?<![A-Za-z])(?<a>Val|Phe|V|F)\s*/\s*(?<b>Val|Phe|V|F)(?![A-Za-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex VfPattern();

    [GeneratedRegex(@"(?<![A-Za-z])(?<a>His|Arg|H|R)\s*/\s*(?<b>His|Arg|H|R)(?![A-Za-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex HrPattern();
}
