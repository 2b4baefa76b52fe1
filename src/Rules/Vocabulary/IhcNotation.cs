namespace CdsService.Rules.Vocabulary;

/// <summary>
/// Pathology reports write the IHC score as "3+", "3", "+3" or "3 +" (docs/clinical-rules.md, "HER2");
/// all of them mean the same score.
/// </summary>
internal static class IhcNotation
{
    public static string Normalize(string text)
    {
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        if (compact.Length == 2 && compact[0] == '+' && compact[1] is >= '1' and <= '3')
        {
            return $"{compact[1]}+";
        }

        // A bare 1-3 is a score; a bare 0 already is the canonical term.
        return compact.Length == 1 && compact[0] is >= '1' and <= '3' ? compact + "+" : compact;
    }
}
