namespace CdsService.Api.Tests.Architecture;

using System.Text.RegularExpressions;

/// <summary>
/// Finds references in a text that a maintainer who clones the repository cannot follow: a repository path that does
/// not exist, a Markdown link to a missing file or heading, or a citation of the product brief, which is not part of
/// the repository (docs/architecture.md, "Documentation").
/// </summary>
public sealed partial class RepositoryReferenceScanner(string root)
{
    private Lazy<HashSet<string>> MarkdownFileNames { get; } = new(() => Directory
        .EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
        .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(RepositoryFiles.SkippedFolders.Contains))
        .Select(Path.GetFileName)
        .OfType<string>()
        .ToHashSet(StringComparer.Ordinal));

    // The regexes below are written so that their own source text does not match them.
    [GeneratedRegex(@"DESIGN\.md|\.\./shared\b|\bknowledge/[a-z-]+\.md|\b[Cc]hecklist\s+(?:FB|[A-Z])[0-9]+|\b[Cc]hecklist\s+[0-9]+\.[0-9]+")]
    private static partial Regex OutsideCitation();

    [GeneratedRegex(@"(?<![\w./\-])(?:\./)?((?:docs|src|tests|tools|benchmarks|scripts|deploy|examples)/[\w./\-]*[\w])")]
    private static partial Regex RepositoryPath();

    // A Markdown file named without its folder ("fhir.md", not inside a link, a path, a string start or backticks).
    [GeneratedRegex(@"(?<![\w./\-`""])(?<!\]\()([\w\-]+\.md)\b(?!`)")]
    private static partial Regex BareMarkdownName();

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    /// <summary>Every unfollowable reference in <paramref name="text"/>, read as the file at <paramref name="relativePath"/>.</summary>
    public IReadOnlyList<string> Scan(string relativePath, string text)
    {
        var problems = new List<string>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var where = $"{relativePath}:{i + 1}";
            foreach (Match m in OutsideCitation().Matches(lines[i]))
                problems.Add($"{where}: cites a file outside the repository: \"{m.Value}\"");

            foreach (Match m in RepositoryPath().Matches(lines[i]))
            {
                var path = m.Groups[1].Value.TrimEnd('.');
                var end = m.Index + m.Length;
                var isPattern = end < lines[i].Length && lines[i][end] is '*' or '{' or '<' or '\\' or '[';
                if (!isPattern && !IsCreatedByABuildOrARun(path) && !Exists(path))
                    problems.Add($"{where}: names a path that does not exist: {path}");
            }

            foreach (Match m in BareMarkdownName().Matches(lines[i]))
            {
                if (!MarkdownFileNames.Value.Contains(m.Groups[1].Value) && !OutsideCitation().IsMatch(m.Value))
                    problems.Add($"{where}: names a Markdown file the repository does not have: {m.Groups[1].Value}");
            }

            if (relativePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                foreach (Match m in MarkdownLink().Matches(lines[i]))
                {
                    var problem = CheckLink(relativePath, m.Groups[1].Value);
                    if (problem is not null)
                        problems.Add($"{where}: {problem}");
                }
            }
        }

        return problems;
    }

    // What .gitignore keeps out of the repository: build output, SQLite files, a local .env with secrets.
    private static bool IsCreatedByABuildOrARun(string path) =>
        path.Split('/').Any(RepositoryFiles.SkippedFolders.Contains)
        || path.EndsWith(".db", StringComparison.Ordinal)
        || path.EndsWith("/.env", StringComparison.Ordinal);

    private bool Exists(string relative)
    {
        var full = Path.Combine(root, relative);
        return File.Exists(full) || Directory.Exists(full);
    }

    private string? CheckLink(string fromFile, string target)
    {
        if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
            return null;

        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var file = hash < 0 ? target : target[..hash];
        var anchor = hash < 0 ? null : target[(hash + 1)..];
        var fromDirectory = Path.GetDirectoryName(fromFile) ?? "";
        var resolved = file.Length == 0 ? fromFile : Path.GetRelativePath(root, Path.GetFullPath(Path.Combine(root, fromDirectory, file)));

        if (resolved.StartsWith("..", StringComparison.Ordinal))
            return $"links outside the repository: {target}";
        if (!Exists(resolved))
            return $"links to a missing file: {target}";
        if (anchor is null || !resolved.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            return null;

        var headings = MarkdownAnchors.Of(File.ReadAllText(Path.Combine(root, resolved)));
        return headings.Contains(anchor) ? null : $"links to a missing heading: {target}";
    }
}
