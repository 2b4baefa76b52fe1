namespace CdsService.Api.Tests.Architecture;

using System.Text.RegularExpressions;

/// <summary>
/// The conformance checklist of docs/cds-hooks.md is what comments cite: every cited row exists and applies, and every
/// test class a row names exists.
/// </summary>
public sealed partial class CdsHooksChecklistTests
{
    private const string ChecklistFile = "docs/cds-hooks.md";

    private static readonly Dictionary<string, string> Rows = ChecklistCitations.Rows(RepositoryFiles.Read(ChecklistFile));

    [GeneratedRegex(@"\b([A-Z][A-Za-z]+Tests)\b")]
    private static partial Regex TestClassName();

    [Fact]
    public void Checklist_HasEveryGroupNumberedWithoutGaps()
    {
        var rowsPerGroup = new Dictionary<string, int>
        {
            ["G"] = 4, ["D"] = 8, ["R"] = 6, ["P"] = 9, ["F"] = 4, ["C"] = 11, ["S"] = 6, ["E"] = 3, ["FB"] = 6, ["J"] = 10, ["X"] = 4,
        };

        var expected = rowsPerGroup.SelectMany(g => Enumerable.Range(1, g.Value).Select(n => g.Key + n)).Order(StringComparer.Ordinal);

        Assert.Equal(expected, Rows.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryCitedRow_ExistsAndApplies()
    {
        var problems = RepositoryFiles.All()
            .SelectMany(f => ChecklistCitations.Cited(RepositoryFiles.Read(f)).Select(id => (File: f, Id: id)))
            .Where(c => !Rows.TryGetValue(c.Id, out var row) || row.StartsWith("*n/a*", StringComparison.Ordinal))
            .Select(c => $"{c.File} cites {ChecklistFile} {c.Id}, which is not a row that applies")
            .ToList();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void EveryTestClassARowNames_Exists()
    {
        var testFiles = RepositoryFiles.All().Where(f => f.StartsWith("tests", StringComparison.Ordinal)).Select(Path.GetFileNameWithoutExtension).ToHashSet();

        var missing = Rows.Values.SelectMany(row => TestClassName().Matches(row).Select(m => m.Groups[1].Value)).Distinct().Where(name => !testFiles.Contains(name)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Cited_ExpandsRangesListsAndAlternatives()
    {
        var ids = ChecklistCitations.Cited("// docs/cds-hooks.md J1-J3, E3 and (docs/cds-hooks.md P4/P8) and docs/cds-hooks.md, \"Real clients\"");

        Assert.Equal(["J1", "J2", "J3", "E3", "P4", "P8"], ids);
    }

    [Fact]
    public void Rows_ReadsIdAndTextOfEachTableRow()
    {
        var rows = ChecklistCitations.Rows("| id | rule |\n|---|---|\n| J6 | keys from the JWKS |\n| D7 | *n/a*: no version |\n");

        Assert.Equal(new Dictionary<string, string> { ["J6"] = "keys from the JWKS |", ["D7"] = "*n/a*: no version |" }, rows);
    }
}
