namespace CdsService.Rules.Tests.Ranking;

using CdsService.Rules.Engine;
using CdsService.Rules.Model;

/// <summary>A headline names only an option a clinician can use today (tier 1 or 2, supported by the evidence): never a tier-3 agent.</summary>
public sealed class HeadlineTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    public static TheoryData<string> Patients => new() { "pik3ca", "pten", "p95", "igf1r", "fcgr", "cyclin-e", "none" };

    [Theory]
    [MemberData(nameof(Patients))]
    public void TopAvailableOption_UnderEitherLens_IsNeverTier3(string which)
    {
        var panel = which switch
        {
            "pik3ca" => PanelBuilder.Her2Positive().Pik3ca(Pik3caStatus.Mutated, "H1047R"),
            "pten" => PanelBuilder.Her2Positive().Pten(PtenStatus.Loss),
            "p95" => PanelBuilder.Her2Positive().P95Her2(P95Her2Status.Present),
            "igf1r" => PanelBuilder.Her2Positive().Igf1r(ExpressionLevel.Overexpressed),
            "fcgr" => PanelBuilder.Her2Positive().Fcgr3a(Fcgr3a158Genotype.FF).Fcgr2a(Fcgr2a131Genotype.RR),
            "cyclin-e" => PanelBuilder.Her2Positive().CyclinE(CyclinEStatus.Amplified),
            _ => PanelBuilder.Her2Positive(),
        };

        foreach (var lens in new[] { RankingLens.Current, RankingLens.Review })
        {
            var top = fixture.Evaluate(panel, lens).TopAvailableOption;
            Assert.NotNull(top);
            Assert.True(top.Availability.Tier <= 2, $"{which}/{lens}: {top.AgentId} is tier {top.Availability.Tier}");
            Assert.Equal(OptionDirection.Supports, top.Direction);
        }
    }

    [Fact]
    public void TopAvailableOption_Her2Negative_IsNone() =>
        Assert.Null(fixture.Evaluate(PanelBuilder.Patient().Ihc(IhcScore.Zero)).TopAvailableOption);
}
