namespace CdsService.Rules.Tests.KnowledgeBase;

using CdsService.Rules.Engine;
using CdsService.Rules.KnowledgeBase;

public sealed class CitationTests
{
    private static readonly CdsService.Rules.KnowledgeBase.KnowledgeBase Kb = KnowledgeBaseFixture.Load();

    private static IEnumerable<(string Where, Citation Citation)> AllCitations() =>
        Kb.Mechanisms.SelectMany(m => m.Citations.Select(c => ("mechanism " + m.Id, c)))
            .Concat(Kb.Findings.SelectMany(f => f.Citations.Select(c => ("finding " + f.Id, c))))
            .Concat(Kb.Agents.SelectMany(a => a.Citations.Select(c => ("agent " + a.Id, c))))
            .Concat(Kb.AlsoDiscussed.SelectMany(a => a.Citations.Select(c => ("also " + a.Id, c))))
            .Concat(Kb.Statements.SelectMany(s => s.Citations.Select(c => ("statement " + s.Id, c))))
            .Concat(Kb.EvidenceLevels.SelectMany(l => l.CrosswalkSources.Select(c => ("level " + l.Level, c))));

    [Fact]
    public void References_AreAll132_With40Identified()
    {
        Assert.Equal(Enumerable.Range(1, 132), Kb.References.Select(r => r.Number));
        Assert.Equal(10, Kb.References.Count(r => r.Confidence == "confirmed"));
        Assert.Equal(28, Kb.References.Count(r => r.Confidence == "probable"));
        Assert.Equal(2, Kb.References.Count(r => r.Confidence == "probable-weak"));
        Assert.All(Kb.References, r => Assert.False(string.IsNullOrWhiteSpace(r.Context)));
    }

    [Fact]
    public void EveryReviewReferenceCitation_ResolvesAndCarriesTheReferenceIdentification()
    {
        var refs = AllCitations().Where(c => c.Citation.Ref is not null).ToList();
        Assert.NotEmpty(refs);
        Assert.All(refs, c =>
        {
            var reference = Kb.ReferencesByNumber[c.Citation.Ref!.Value];
            Assert.Equal(reference.Paper, c.Citation.Paper);
            Assert.Equal(reference.Confidence, c.Citation.Identification);
            Assert.False(string.IsNullOrWhiteSpace(c.Citation.Section));
        });
    }

    [Fact]
    public void EveryExternalCitation_HasAnHttpUrl() =>
        Assert.All(AllCitations().Where(c => c.Citation.IsExternal), c => Assert.StartsWith("http", c.Citation.Url, StringComparison.Ordinal));

    [Theory]
    [InlineData(16, "confirmed", "Nagata Y et al., Cancer Cell 2004")]
    [InlineData(40, "confirmed", "Musolino A et al., J Clin Oncol 2008;26(11):1789-96")]
    [InlineData(12, "probable", "Pedersen K et al., Mol Cell Biol 2009 (611-CTF)")]
    [InlineData(60, "probable", "Razis E et al., Breast Cancer Res Treat 2011 (HeCOG)")]
    [InlineData(13, "probable-weak", "Esteva FJ et al., J Clin Oncol 2002 (weekly docetaxel+T, serum HER2 ECD)")]
    [InlineData(10, "probable-weak", "Warburton C et al., Clin Cancer Res 2004 (BT-474, gefitinib+trastuzumab)")]
    public void Reference_Identification_IsAsInReferencesMd(int number, string confidence, string paper)
    {
        var reference = Kb.ReferencesByNumber[number];
        Assert.Equal(confidence, reference.Confidence);
        Assert.Equal(paper, reference.Paper);
    }

    [Theory]
    [InlineData(33)]
    [InlineData(46)]
    [InlineData(77)]
    public void Reference_Unidentified_HasContextButNoPaper(int number)
    {
        var reference = Kb.ReferencesByNumber[number];
        Assert.Null(reference.Paper);
        Assert.Null(reference.Confidence);
        Assert.Null(reference.Url);
        Assert.Contains(AllCitations(), c => c.Citation.Ref == number && c.Citation.Paper is null && c.Citation.Identification is null);
    }

    [Fact]
    public void AgentCitations_ExternalOnesSayTheyAreNotFromTheReview() =>
        Assert.All(
            Kb.Agents.SelectMany(a => a.Citations).Where(c => c.IsExternal),
            c => Assert.Contains("not from the review", c.Source, StringComparison.Ordinal));

    [Fact]
    public void CurrencyNotes_SourcesAreWebPagesWithAKind()
    {
        Assert.All(Kb.CurrencyNotes.SelectMany(n => n.Sources), s => Assert.StartsWith("http", s.Url, StringComparison.Ordinal));
        Assert.All(Kb.CurrencyNotes.SelectMany(n => n.Sources), s => Assert.True(SourceKinds.IsKnown(s.Kind), s.Kind));
    }

    /// <summary>
    /// A note without an event date is dated by the search, so no channel says "as of 2026-12" as if something happened
    /// then: a trial result whose source states no date, and a search that found nothing, are both search-dated.
    /// </summary>
    [Fact]
    public void CurrencyNotes_WithoutAnEventDate_AreDatedBySearch()
    {
        var notes = Kb.CurrencyNotes.ToDictionary(n => n.Id);
        Assert.Equal(("2026-12", "search"), (notes["mk2206-phase1"].AsOf, notes["mk2206-phase1"].ToNote().AsOfKind));
        Assert.Equal("searched 2026-12", notes["ertumaxomab-no-approval"].ToNote().DatePhrase);
        Assert.Equal("as of 2016", notes["b5-emilia-biomarker-2016"].ToNote().DatePhrase);
        Assert.All(Kb.CurrencyNotes.Where(n => n.Note.Contains("date not stated", StringComparison.Ordinal)), n => Assert.Equal("search", n.AsOfKind));
    }

    [Fact]
    public void CurrencyNotes_FcgrFindingCarriesTheConflictingBcirg006Trial() =>
        Assert.Contains(Kb.CurrencyFor("fcgr-low-affinity"), n => n.Sources.Any(c => c.Url == "https://www.ncbi.nlm.nih.gov/pubmed/22504044"));

    [Theory]
    [InlineData("her2.guideline")]
    [InlineData("her2.action.reflex-ish")]
    [InlineData("her2.comment.group4")]
    [InlineData("her2.warning.discordant")]
    public void Her2Statement_CitesTheGuideline_NotTheReview(string id)
    {
        var citations = Kb.Statement(id).Citations;
        Assert.Contains(citations, c => c.Url == "https://doi.org/10.1200/JCO.22.02864");
        Assert.All(citations, c => Assert.True(c.IsExternal));
    }

    [Fact]
    public void PtenPik3caWarning_QuotesRef61AndLabelsTheLaterSeriesAsExternal()
    {
        var statement = Kb.Statement("warning.pten-pik3ca-co-occurrence");

        Assert.Equal(61, statement.Citations[0].Ref);
        Assert.Contains("\"the PIK3CA activating mutations are mutually exclusive with PTEN deletion", statement.Text, StringComparison.Ordinal);
        Assert.Contains("Service note, not from the review", statement.Text, StringComparison.Ordinal);
        Assert.Contains(statement.Citations, c => c.IsExternal && c.Source!.Contains("not from the review", StringComparison.Ordinal));
    }
}
