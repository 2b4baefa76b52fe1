namespace CdsService.Api.Tests.Architecture;

using CdsService.Api.Tests.Infrastructure;

/// <summary>
/// The repository explains itself (docs/architecture.md, "Documentation"): comments, strings and documents name only
/// files that are in it, and never the product brief the code was first written from.
/// </summary>
public sealed class RepositoryReferencesTests
{
    private readonly RepositoryReferenceScanner scanner = new(RepositoryRoot.Path);

    [Fact]
    public void RepositoryFiles_NameOnlyPathsThatExist()
    {
        var problems = RepositoryFiles.All().SelectMany(f => scanner.Scan(f, RepositoryFiles.Read(f))).ToList();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    // The synthetic texts are split into pieces so that this file's own source passes the scan.
    [Fact]
    public void Scanner_ReportsADanglingPath()
    {
        var dangling = "docs/" + "no-such-document.md";
        var text = $"// See {dangling} and src/Api/Program.cs.";

        var problems = scanner.Scan("src/Api/Program.cs", text);

        Assert.Equal([$"src/Api/Program.cs:1: names a path that does not exist: {dangling}"], problems);
    }

    [Theory]
    [InlineData("/// The bar (DESIGN" + ".md section 10).", "DESIGN" + ".md")]
    [InlineData("// see .." + "/shared/seed/review.txt", ".." + "/shared")]
    [InlineData("/// Codes of knowledge/" + "fhir-codes.md 3.2.", "knowledge/" + "fhir-codes.md")]
    [InlineData("// Check" + "list J6: jku allowlist.", "Check" + "list J6")]
    public void Scanner_ReportsACitationOfTheBrief(string line, string cited)
    {
        var problems = scanner.Scan("src/Api/Program.cs", line);

        Assert.Equal([$"src/Api/Program.cs:1: cites a file outside the repository: \"{cited}\""], problems);
    }

    [Fact]
    public void Scanner_ReportsAMarkdownFileNamedWithoutItsFolderThatDoesNotExist()
    {
        var problems = scanner.Scan("src/Api/Program.cs", "// ISH groups (her2" + "-testing.md, dual-probe table); see also fhir.md.");

        Assert.Equal(["src/Api/Program.cs:1: names a Markdown file the repository does not have: her2" + "-testing.md"], problems);
    }

    [Theory]
    [InlineData("[rules](clinical-rules.md#no-such-heading)", "links to a missing heading: clinical-rules.md#no-such-heading")]
    [InlineData("[ranking](" + "ranking.md)", "links to a missing file: " + "ranking.md")]
    [InlineData("[brief](../../elsewhere/" + "brief.md)", "links outside the repository: ../../elsewhere/" + "brief.md")]
    public void Scanner_ReportsABrokenMarkdownLink(string line, string expected)
    {
        var problems = scanner.Scan("docs/fhir.md", line);

        Assert.Equal([$"docs/fhir.md:1: {expected}"], problems);
    }

    [Fact]
    public void Scanner_AcceptsExistingPathsLinksAndHeadings()
    {
        var text = "See docs/clinical-rules.md, [rules](clinical-rules.md#ranking-policy), [spec](https://cds-hooks.hl7.org/2.0/), "
            + "./scripts/test.sh, src/Api/appsettings*.json and src/Api/bin/Release.";

        Assert.Empty(scanner.Scan("docs/fhir.md", text));
    }
}
