namespace CdsService.Api.Tests.Architecture;

using System.Text.RegularExpressions;

/// <summary>
/// Reads the conformance checklist of docs/cds-hooks.md and the row ids a text cites from it
/// ("docs/cds-hooks.md J1-J9, E3"), ranges expanded.
/// </summary>
public static partial class ChecklistCitations
{
    [GeneratedRegex(@"^\| ((?:FB|[A-Z])[0-9]+) \| (.*)$", RegexOptions.Multiline)]
    private static partial Regex ChecklistRow();

    [GeneratedRegex(@"docs/cds-hooks\.md,? ((?:FB|[A-Z])[0-9]+(?:[-/](?:FB|[A-Z])[0-9]+)?(?:, (?:FB|[A-Z])[0-9]+(?:[-/](?:FB|[A-Z])[0-9]+)?)*)")]
    private static partial Regex Citation();

    [GeneratedRegex(@"^(FB|[A-Z])([0-9]+)$")]
    private static partial Regex Id();

    /// <summary>Row id to its text, from the checklist tables.</summary>
    public static Dictionary<string, string> Rows(string checklistMarkdown) =>
        ChecklistRow().Matches(checklistMarkdown).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);

    /// <summary>Every row id <paramref name="text"/> cites; "J1-J9" is J1 to J9, "P4/P8" is P4 and P8.</summary>
    public static IEnumerable<string> Cited(string text) =>
        Citation().Matches(text).SelectMany(m => m.Groups[1].Value.Split(", ")).SelectMany(Expand);

    private static IEnumerable<string> Expand(string part)
    {
        if (part.Contains('/', StringComparison.Ordinal))
            return part.Split('/');
        if (!part.Contains('-', StringComparison.Ordinal))
            return [part];

        var (from, to) = (Id().Match(part.Split('-')[0]), Id().Match(part.Split('-')[1]));
        var prefix = from.Groups[1].Value;
        if (prefix != to.Groups[1].Value)
            return [part];
        var first = int.Parse(from.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        var last = int.Parse(to.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        return Enumerable.Range(first, Math.Max(0, last - first + 1)).Select(n => prefix + n);
    }
}
