namespace CdsService.Api.Tests.Architecture;

using CdsService.Api.Tests.Infrastructure;

/// <summary>The files whose comments, strings and text the reference tests read, relative to the repository root.</summary>
public static class RepositoryFiles
{
    private static readonly string[] Folders = ["src", "tests", "tools", "benchmarks", "scripts", "deploy", "examples", "docs", ".ci"];
    private static readonly string[] TopLevelFiles = ["Dockerfile", "Directory.Build.props", "Directory.Packages.props", ".dockerignore"];
    private static readonly string[] Extensions = [".cs", ".csproj", ".props", ".md", ".sh", ".yaml", ".yml", ".http", ".json"];
    /// <summary>Folders a build, a test run or git creates; nothing in them is part of the repository's text.</summary>
    public static readonly string[] SkippedFolders = ["bin", "obj", ".git", "node_modules", "TestResults"];

    public static IEnumerable<string> All()
    {
        var root = RepositoryRoot.Path;
        var topLevel = Directory.EnumerateFiles(root, "*.md", SearchOption.TopDirectoryOnly)
            .Concat(TopLevelFiles.Select(f => Path.Combine(root, f)).Where(File.Exists));
        var inFolders = Folders
            .Select(f => Path.Combine(root, f))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase) || Path.GetFileName(f) == "run");

        return topLevel.Concat(inFolders)
            .Select(f => Path.GetRelativePath(root, f))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => SkippedFolders.Contains(part, StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal);
    }

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(RepositoryRoot.Path, relativePath));
}
