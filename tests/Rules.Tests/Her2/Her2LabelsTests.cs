namespace CdsService.Rules.Tests.Her2;

using CdsService.Rules.Model;
using static CdsService.Rules.Tests.Her2.Her2Cases;

public sealed class Her2LabelsTests(Her2Fixture fixture) : IClassFixture<Her2Fixture>
{
    public static TheoryData<Her2Tests, bool, bool> Cases => new()
    {
        // HER2-low: final negative with IHC 1+, or IHC 2+ with negative ISH.
        { Ihc(IhcScore.One), true, false },
        { DualProbe(1.20, 2.50, IhcScore.Two), true, false },
        { DualProbe(2.30, 3.50, IhcScore.Two, recount: 2), true, false },
        { DualProbe(1.80, 4.60, IhcScore.Two, recount: 4), true, false },
        { SingleProbe(3.5, IhcScore.Two), true, false },
        { SingleProbe(4.5, IhcScore.One), true, false },
        // Not low: IHC 2+ alone is equivocal, ISH pending or positive, or an amplified tumour with IHC 1+.
        { Ihc(IhcScore.Two), false, false },
        { DualProbe(2.30, 3.50, IhcScore.Two), false, false },
        { DualProbe(1.50, 6.50, IhcScore.Two, recount: 3), false, false },
        { DualProbe(2.30, 4.60, IhcScore.One), false, false },
        { SingleProbe(4.5, IhcScore.Two), false, false },
        // HER2-ultralow: final negative with IHC 0 and faint membrane staining.
        { Ihc(IhcScore.Zero, true), false, true },
        { DualProbe(1.20, 2.50, IhcScore.Zero, staining: true), false, true },
        { DualProbe(2.30, 3.50, IhcScore.Zero, staining: true), false, true },
        { SingleProbe(3.0, IhcScore.Zero, staining: true), false, true },
        // Not ultralow: no staining, staining not reported, or ISH-positive despite IHC 0.
        { Ihc(IhcScore.Zero, false), false, false },
        { Ihc(IhcScore.Zero), false, false },
        { DualProbe(2.30, 4.60, IhcScore.Zero, staining: true), false, false },
        { SingleProbe(6.5, IhcScore.Zero, staining: true), false, false },
        // Staining is a feature of IHC 0 only.
        { Ihc(IhcScore.One, true), true, false },
        // A reported negative carries no IHC score, so no label can be derived.
        { new Her2Tests(ReportedStatus: Her2Status.Negative), false, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Interpret_Labels_FollowFinalStatusAndIhc(Her2Tests tests, bool her2Low, bool her2Ultralow)
    {
        var result = fixture.Interpret(tests);

        Assert.Equal(her2Low, result.Her2Low);
        Assert.Equal(her2Ultralow, result.Her2Ultralow);
        Assert.Equal(her2Low, result.Warnings.Any(w => w.Code == "her2-low"));
        Assert.Equal(her2Ultralow, result.Warnings.Any(w => w.Code == "her2-ultralow"));
    }

    [Fact]
    public void Interpret_Her2Low_WarningTextFromKnowledgeBase()
    {
        var warning = Assert.Single(fixture.Interpret(Ihc(IhcScore.One)).Warnings);

        Assert.Equal(fixture.Statement("her2.note.her2-low").Text, warning.Text);
        Assert.Equal(fixture.Statement("her2.note.her2-low").Citations, warning.Citations);
    }

    [Fact]
    public void Interpret_Her2Ultralow_WarningTextFromKnowledgeBase()
    {
        var warning = Assert.Single(fixture.Interpret(Ihc(IhcScore.Zero, true)).Warnings);

        Assert.Equal(fixture.Statement("her2.note.her2-ultralow").Text, warning.Text);
        Assert.Equal(fixture.Statement("her2.note.her2-ultralow").Citations, warning.Citations);
    }
}
