namespace CdsService.Api.Tests.Evaluations;

using CdsService.Api.Evaluations.Reports;

public sealed class ReportRenderingTests
{
    private static ReportCitation Ref(int n, string? paper = null) => new(n, null, null, null, null, paper, paper is null ? null : "probable");

    [Fact]
    public void Inline_SeveralReferences_WrittenAsTheReviewDoes()
    {
        Assert.Equal("[18, 60]", CitationFormatter.Inline([Ref(60), Ref(18), Ref(60)]));
        Assert.Equal("[16]", CitationFormatter.Inline([Ref(16)]));
        Assert.Equal("", CitationFormatter.Inline([]));
    }

    [Fact]
    public void Inline_ReviewAndExternalSources_NamedNotNumbered()
    {
        var review = new ReportCitation(null, "review", null, "Conclusions", null, null, null);
        var external = new ReportCitation(null, "fda", null, null, "https://example.org/x", null, null);
        Assert.Equal("(the review, Conclusions) (external source, not from the review: https://example.org/x)",
            CitationFormatter.Inline([review, external]));
    }

    [Fact]
    public void ReferenceEntry_IdentifiedOrNot_SaysWhich()
    {
        Assert.Equal("[16] Nagata 2004 (identification: probable).", CitationFormatter.ReferenceEntry(Ref(16, "Nagata 2004")));
        Assert.Equal("[60] not identified.", CitationFormatter.ReferenceEntry(Ref(60)));
    }

    [Theory]
    [InlineData("<b>", @"\<b\>")]
    [InlineData("[x](javascript:y)", @"\[x\]\(javascript:y\)")]
    [InlineData("line\n# heading", "line \\# heading")]
    [InlineData("a|b", @"a\|b")]
    [InlineData("p.Glu545Lys", "p.Glu545Lys")]
    public void Escape_MarkdownSyntax_MadeLiteral(string value, string expected) =>
        Assert.Equal(expected, MarkdownText.Escape(value));

    [Theory]
    [InlineData("- item", @"\- item")]
    [InlineData("+ item", @"\+ item")]
    [InlineData("12. item", @"12\. item")]
    [InlineData("2024.1.0 build", @"2024\.1.0 build")]
    [InlineData("p95 present", "p95 present")]
    public void EscapeAtLineStart_ListMarkers_MadeLiteral(string value, string expected) =>
        Assert.Equal(expected, MarkdownText.EscapeAtLineStart(value));

    [Fact]
    public void Render_Html_IsSelfContainedAndPrintable()
    {
        var report = new EvaluationReport(Guid.NewGuid(), DateTimeOffset.UtcNow, null, "rest", "1", "abc", "1.0.0", null, null, false,
            new ReportHer2("negative", null, true, "IHC 1+", null, [], []), null, [], [], [], "Decision support only.");

        var html = HtmlReportRenderer.Render(report);

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("@media print", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("src=", html);
        Assert.Contains("No options are ranked: HER2 status is negative", html);
    }
}
