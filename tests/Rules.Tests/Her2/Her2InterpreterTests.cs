namespace CdsService.Rules.Tests.Her2;

using CdsService.Rules.Her2;
using CdsService.Rules.Model;
using static CdsService.Rules.Tests.Her2.Her2Cases;

public sealed class Her2InterpreterTests(Her2Fixture fixture) : IClassFixture<Her2Fixture>
{
    [Fact]
    public void RequiredStatements_ListsEveryHer2Statement()
    {
        string[] expected =
        [
            "her2.guideline", "her2.action.reflex-ish", "her2.action.concurrent-ihc", "her2.action.blinded-recount",
            "her2.action.adjudicate", "her2.action.dual-probe-ish", "her2.action.her2-testing", "her2.comment.group2",
            "her2.comment.group3", "her2.comment.group4", "her2.warning.discordant", "her2.warning.reported-status-differs",
            "her2.note.her2-low", "her2.note.her2-ultralow", "her2.note.her2-zero", "her2.note.her2-ultralow-not-assessable",
            "her2.warning.preliminary-not-used", "her2.action.re-derive", "her2.action.await-final-result",
            "her2.action.concurrent-ihc.single-probe", "her2.action.re-derive.reported-contradicts", "her2.action.re-derive.reported-negative-ihc3",
            "her2.warning.reported-status-contradicts", "her2.warning.reported-status-contradicts.ihc3",
        ];

        Assert.Equal(expected.Order(StringComparer.Ordinal), Her2Interpreter.RequiredStatements.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RequiredStatements_EachInEmbeddedKnowledgeBaseWithCitations() =>
        Assert.All(Her2Interpreter.RequiredStatements, id =>
        {
            var statement = fixture.Kb.Statement(id);
            Assert.False(string.IsNullOrWhiteSpace(statement.Text));
            Assert.NotEmpty(statement.Citations);
        });

    [Fact]
    public void Interpret_NullKnowledgeBase_Throws() =>
        Assert.Throws<ArgumentNullException>(() => Her2Interpreter.Interpret(new Her2Tests(), null!));

    [Theory]
    [InlineData(1.80, 4.60, IhcScore.Two, "Dual-probe ISH group 4 (HER2/CEP17 ratio 1.80 < 2.0, 4.0 <= mean HER2 copies 4.60 < 6.0) with IHC 2+: pending")]
    [InlineData(2.0, 4.0, null, "Dual-probe ISH group 1 (HER2/CEP17 ratio 2.00 >= 2.0, mean HER2 copies 4.00 >= 4.0) without IHC: HER2 positive.")]
    [InlineData(2.01, 3.99, IhcScore.Three, "Dual-probe ISH group 2 (HER2/CEP17 ratio 2.01 >= 2.0, mean HER2 copies 3.99 < 4.0) with IHC 3+: HER2 positive.")]
    [InlineData(1.99, 6.0, IhcScore.Zero, "Dual-probe ISH group 3 (HER2/CEP17 ratio 1.99 < 2.0, mean HER2 copies 6.00 >= 6.0) with IHC 0: HER2 negative.")]
    [InlineData(1.20, 2.50, IhcScore.Three, "Dual-probe ISH group 5 (HER2/CEP17 ratio 1.20 < 2.0, mean HER2 copies 2.50 < 4.0) with IHC 3+: HER2 positive")]
    // A third decimal is kept rather than rounded across the cut-off.
    [InlineData(1.999, 3.995, null, "Dual-probe ISH group 5 (HER2/CEP17 ratio 1.999 < 2.0, mean HER2 copies 3.995 < 4.0)")]
    public void Interpret_DualProbe_BasisNamesValuesAndRule(double ratio, double copies, IhcScore? ihc, string expected) =>
        Assert.StartsWith(expected, fixture.Interpret(DualProbe(ratio, copies, ihc)).Basis, StringComparison.Ordinal);

    [Fact]
    public void Interpret_Recount_BasisNamesRecountGroup() =>
        Assert.Contains("with IHC 2+ and blinded recount group 3, which differs", fixture.Interpret(DualProbe(1.80, 4.60, IhcScore.Two, 3)).Basis, StringComparison.Ordinal);

    // ASCO/CAP asks for the group comment wherever groups 2-4 end negative (IHC 0/1+, or 2+ confirmed by recount).
    [Theory]
    [InlineData(2.30, 3.50, IhcScore.Zero, null, "her2.comment.group2")]
    [InlineData(2.30, 3.50, IhcScore.One, null, "her2.comment.group2")]
    [InlineData(2.30, 3.50, IhcScore.Two, 2, "her2.comment.group2")]
    [InlineData(1.50, 6.50, IhcScore.Zero, null, "her2.comment.group3")]
    [InlineData(1.50, 6.50, IhcScore.One, null, "her2.comment.group3")]
    [InlineData(1.80, 4.60, IhcScore.Zero, null, "her2.comment.group4")]
    [InlineData(1.80, 4.60, IhcScore.One, null, "her2.comment.group4")]
    [InlineData(1.80, 4.60, IhcScore.Two, 4, "her2.comment.group4")]
    public void Interpret_Groups2To4Negative_BasisCarriesGroupComment(double ratio, double copies, IhcScore ihc, int? recount, string commentId) =>
        Assert.EndsWith(" Comment: " + fixture.Statement(commentId).Text, fixture.Interpret(DualProbe(ratio, copies, ihc, recount)).Basis, StringComparison.Ordinal);

    [Theory]
    [InlineData(2.30, 4.60, IhcScore.One, null)]
    [InlineData(2.30, 3.50, null, null)]
    [InlineData(2.30, 3.50, IhcScore.Three, null)]
    [InlineData(2.30, 3.50, IhcScore.Two, null)]
    [InlineData(1.50, 6.50, IhcScore.Two, 3)]
    [InlineData(1.80, 4.60, IhcScore.Two, 2)]
    [InlineData(1.20, 2.50, IhcScore.One, null)]
    public void Interpret_NoNegativeGroup2To4Call_NoGroupComment(double ratio, double copies, IhcScore? ihc, int? recount) =>
        Assert.DoesNotContain("Comment:", fixture.Interpret(DualProbe(ratio, copies, ihc, recount)).Basis, StringComparison.Ordinal);

    [Theory]
    [InlineData("reflex-ish")]
    [InlineData("concurrent-ihc")]
    [InlineData("blinded-recount")]
    [InlineData("adjudicate")]
    [InlineData("dual-probe-ish")]
    [InlineData("her2-testing")]
    [InlineData("re-derive")]
    [InlineData("await-final-result")]
    public void Interpret_RequiredAction_TextFromKnowledgeBase(string code)
    {
        var tests = code switch
        {
            "reflex-ish" => Ihc(IhcScore.Two),
            "concurrent-ihc" => DualProbe(2.30, 3.50),
            "blinded-recount" => DualProbe(2.30, 3.50, IhcScore.Two),
            "adjudicate" => DualProbe(2.30, 3.50, IhcScore.Two, 4),
            "dual-probe-ish" => SingleProbe(4.6, IhcScore.Two),
            "re-derive" => new Her2Tests(ReportedStatus: Her2Status.Equivocal),
            "await-final-result" => new Her2Tests(PreliminaryResultAwaited: true),
            _ => new Her2Tests(),
        };

        var action = Assert.Single(fixture.Interpret(tests).RequiredActions);

        Assert.Equal(code, action.Code);
        Assert.Equal(fixture.Statement("her2.action." + code).Text, action.Text);
    }

    [Fact]
    public void Interpret_Discordant_WarningTextAndCitationsFromKnowledgeBase()
    {
        var warning = Assert.Single(fixture.Interpret(DualProbe(2.30, 4.60, IhcScore.Zero)).Warnings);

        Assert.Equal("her2-discordant", warning.Code);
        Assert.Equal(fixture.Statement("her2.warning.discordant").Text, warning.Text);
        Assert.Equal(fixture.Statement("her2.warning.discordant").Citations, warning.Citations);
    }

    [Fact]
    public void Interpret_ReportedDiffers_WarningStartsWithKnowledgeBaseText()
    {
        var warning = Assert.Single(fixture.Interpret(Ihc(IhcScore.Three, reported: Her2Status.Equivocal)).Warnings);

        Assert.StartsWith(fixture.Statement("her2.warning.reported-status-differs").Text, warning.Text, StringComparison.Ordinal);
        Assert.EndsWith(" Reported: equivocal; derived from the raw values: positive.", warning.Text, StringComparison.Ordinal);
    }

    public static TheoryData<Her2Tests?> AnyInput => new(
        null, Ihc(IhcScore.Two), DualProbe(2.3, 4.6), SingleProbe(7.0), new Her2Tests(ReportedStatus: Her2Status.Negative), DualProbe(null, null));

    [Theory]
    [MemberData(nameof(AnyInput))]
    public void Interpret_AnyInput_GuidelineAndItsCitations(Her2Tests? tests)
    {
        var result = fixture.Interpret(tests);

        Assert.Equal("ASCO/CAP 2018 (affirmed 2023)", result.Guideline);
        Assert.Equal(fixture.Statement("her2.guideline").Citations, result.Citations);
        Assert.NotEmpty(result.Citations);
        Assert.All(result.Citations, c => Assert.True(c.IsExternal, "the HER2 rules cite the ASCO/CAP guideline, not the review"));
        Assert.False(string.IsNullOrWhiteSpace(result.Basis));
    }

    [Theory]
    [MemberData(nameof(AnyInput))]
    public void Interpret_SameInputTwice_SameAnswer(Her2Tests? tests)
    {
        var first = fixture.Interpret(tests);
        var second = fixture.Interpret(tests);

        Assert.Equal(first.Status, second.Status);
        Assert.Equal(first.Basis, second.Basis);
        Assert.Equal(first.RequiredActions, second.RequiredActions);
        Assert.Equal(first.Warnings.Select(w => w.Text), second.Warnings.Select(w => w.Text));
    }
}
