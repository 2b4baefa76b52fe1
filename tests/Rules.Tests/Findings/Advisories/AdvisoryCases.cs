namespace CdsService.Rules.Tests.Findings.Advisories;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings.Advisories;
using CdsService.Rules.Model;

internal static class AdvisoryCases
{
    public static readonly Finding PtenLoss = new("pten-loss", ["pi3k-hyperactivation"], FindingEffect.Resistance, "s", ["pten"], [], []);
    public static readonly Finding FcgrLow = new("fcgr-low-affinity", ["immune-evasion"], FindingEffect.ReducedBenefit, "s", ["fcgr3a158"], [], []);
    public static readonly Finding SerumEcd = new("serum-her2-ecd-elevated", ["epitope-loss"], FindingEffect.Uncertain, "s", ["serumHer2Ecd"], [], []);

    public static AdvisoryContext Context(PanelBuilder panel, Her2Status her2 = Her2Status.Positive, params Finding[] findings) =>
        new(panel.Build(), her2, findings);
}
