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
    [InlineData("[x](javascript:y)", @"[x]\(javascript:y)")]
    [InlineData("![i](http://x/t.png)", @"\![i]\(http://x/t.png)")]
    [InlineData("cited [16], (ASCO/CAP 2018)", "cited [16], (ASCO/CAP 2018)")]
    [InlineData("<https://x>", @"\<https://x\>")]
    [InlineData("line\n# heading", "line \\# heading")]
    [InlineData("a|b", @"a\|b")]
    [InlineData("p.Glu545Lys", "p.Glu545Lys")]
    public void Escape_MarkdownSyntax_MadeLiteral(string value, string expected) =>
        Assert.Equal(expected, MarkdownText.Escape(value));

    [Theory]
    [InlineData("- item", @"\- item")]
    [InlineData("+ item", @"\+ item")]
    [InlineData("12. item", @"12\. item")]
    [InlineData("[x]: javascript:alert(1)", @"\[x]: javascript:alert(1)")]
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

    [Theory]
    [InlineData("[x]: javascript:alert(1)")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("![x](http://evil/t.png)")]
    [InlineData("<http://evil>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("- [x]\n[x]: http://evil")]
    public void Render_HostileValuesEverywhere_NoLinkImageOrMarkup(string hostile)
    {
        ReportSource[] sources = [new(hostile, hostile, hostile, false)];
        ReportDatedNote[] dated = [new(hostile, hostile, hostile, hostile, false, sources)];
        var availability = new ReportAvailability(hostile, 3, hostile, hostile, hostile, hostile, false, sources);
        var note = new ReportNote(hostile, hostile, []) { Currency = dated };
        var report = new EvaluationReport(Guid.NewGuid(), DateTimeOffset.UtcNow, hostile, hostile, hostile, hostile, hostile, hostile, hostile, false,
            new ReportHer2(hostile, null, null, hostile, hostile, [note], []),
            new ReportTrastuzumab(hostile, hostile, []),
            [new ReportFinding(hostile, hostile, hostile, [hostile], [hostile], []) { Currency = dated }],
            [new ReportOption(1, hostile, hostile, hostile, hostile, hostile, hostile, hostile, hostile, hostile, [], dated)
                { Availability = availability, RankReasons = [hostile] }],
            [note, new ReportNote("[x]", "[x]", [])], hostile)
        {
            Ranking = new ReportRanking(hostile, hostile, hostile),
            AlsoDiscussed = [new ReportAlsoDiscussed(hostile, hostile, [], availability, dated)],
            Notes = [note],
            InputsUsed = [hostile],
        };

        var html = HtmlReportRenderer.Render(report);

        Assert.DoesNotContain("<a ", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<http", html);
        Assert.DoesNotContain("javascript:alert(1)\"", html);
    }
}
