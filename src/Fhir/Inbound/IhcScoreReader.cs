namespace CdsService.Fhir.Inbound;

using System.Text.RegularExpressions;
using CdsService.Fhir.Terminology;
using CdsService.Rules.Model;
using Hl7.Fhir.Model;

/// <summary>
/// HER2 IHC score from LOINC answer list LL4396-9 (LA6111-4 0, LA11841-6 1+, LA11842-4 2+, LA11843-2 3+) or the
/// strings labs write: "3+", "2+ (equivocal)", "3", "+3", "3 +", "Score 2+" (docs/clinical-rules.md, "HER2").
/// "0 (ultralow)" also carries the faint-staining flag of HER2-ultralow.
/// </summary>
internal static partial class IhcScoreReader
{
    public static bool TryRead(DataType? value, out IhcScore score, out bool? membraneStaining)
    {
        membraneStaining = null;
        foreach (var c in ObservationFacts.Codings(value).Where(ObservationFacts.IsLoinc))
        {
            IhcScore? coded = c.Code?.Trim() switch
            {
                AnswerCodes.Ihc0 => IhcScore.Zero,
                AnswerCodes.Ihc1Plus => IhcScore.One,
                AnswerCodes.Ihc2Plus => IhcScore.Two,
                AnswerCodes.Ihc3Plus => IhcScore.Three,
                _ => null,
            };
            if (coded is { } s)
            {
                score = s;
                return true;
            }
        }

        if (value is Integer { Value: >= 0 and <= 3 } i)
        {
            score = (IhcScore)i.Value!.Value;
            return true;
        }

        return TryParse(ObservationFacts.Text(value), out score, out membraneStaining);
    }

    public static bool TryParse(string? text, out IhcScore score, out bool? membraneStaining)
    {
        score = default;
        membraneStaining = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var m = ScorePattern().Match(text);
        if (!m.Success) return false;
        score = (IhcScore)(m.Groups["n"].Value[0] - '0');
        if (score == IhcScore.Zero && text.Contains("ultralow", StringComparison.OrdinalIgnoreCase)) membraneStaining = true;
        return true;
    }

    // A lone digit 0-3, optionally "+"-prefixed or "+"-suffixed (spaces allowed), optionally after "score"/"IHC",
    // and followed by nothing but a parenthesised or worded qualifier: "2+ (equivocal)", "IHC 3+", "+3".
    [GeneratedRegex(@"^\s*(?:(?:her2|ihc|score)[\s:]*)*\+?\s*(?<n>[0-3])\s*\+?\s*(?:\(.*\)|[a-z\s\-]*)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex ScorePattern();
}
