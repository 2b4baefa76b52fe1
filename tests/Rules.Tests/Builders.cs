namespace CdsService.Rules.Tests;

using CdsService.Rules.Engine;
using CdsService.Rules.Model;

/// <summary>Fluent test data for one patient: start from <see cref="Patient"/> or <see cref="Her2Positive"/>, add markers, Build.</summary>
public sealed class PanelBuilder
{
    private PatientPanel _panel = new();

    public static PanelBuilder Patient() => new();

    /// <summary>IHC 3+: positive under ASCO/CAP 2018 without ISH.</summary>
    public static PanelBuilder Her2Positive() => new PanelBuilder().Ihc(IhcScore.Three);

    public PanelBuilder Ihc(IhcScore score, bool? membraneStaining = null) =>
        With(_panel with { Her2 = (_panel.Her2 ?? new Her2Tests()) with { Ihc = score, IhcMembraneStaining = membraneStaining } });

    public PanelBuilder DualProbeIsh(double ratio, double copiesPerCell) =>
        With(_panel with { Her2 = (_panel.Her2 ?? new Her2Tests()) with { Ish = new IshResult(IshAssay.DualProbe, ratio, copiesPerCell) } });

    public PanelBuilder ReportedHer2(Her2Status status) =>
        With(_panel with { Her2 = (_panel.Her2 ?? new Her2Tests()) with { ReportedStatus = status } });

    public PanelBuilder Pten(PtenStatus status) => With(_panel with { Pten = status });

    public PanelBuilder Pik3ca(Pik3caStatus status, params string[] variants) => With(_panel with { Pik3ca = new Pik3caResult(status, variants) });

    public PanelBuilder Pik3ca(Pik3caStatus status, VariantClassification? classification, params string[] variants) =>
        With(_panel with { Pik3ca = new Pik3caResult(status, variants, classification) });

    public PanelBuilder SingleProbeIsh(double copiesPerCell) =>
        With(_panel with { Her2 = (_panel.Her2 ?? new Her2Tests()) with { Ish = new IshResult(IshAssay.SingleProbe, null, copiesPerCell) } });

    public PanelBuilder PreliminaryHer2() =>
        With(_panel with { Her2 = (_panel.Her2 ?? new Her2Tests()) with { PreliminaryResultAwaited = true } });

    public PanelBuilder CyclinE(CyclinEStatus status) => With(_panel with { CyclinE = status });

    public PanelBuilder Fcgr3a(Fcgr3a158Genotype genotype) => With(_panel with { Fcgr3a158 = genotype });

    public PanelBuilder Fcgr2a(Fcgr2a131Genotype genotype) => With(_panel with { Fcgr2a131 = genotype });

    public PanelBuilder SerumEcd(double ngPerMl) => With(_panel with { SerumHer2EcdNgPerMl = ngPerMl });

    public PanelBuilder P95Her2(P95Her2Status status) => With(_panel with { P95Her2 = status });

    public PanelBuilder Egfr(ExpressionLevel level) => With(_panel with { Egfr = level });

    public PanelBuilder Erbb3(ExpressionLevel level) => With(_panel with { Erbb3 = level });

    public PanelBuilder Igf1r(ExpressionLevel level) => With(_panel with { Igf1r = level });

    public PanelBuilder Muc4(ExpressionLevel level) => With(_panel with { Muc4 = level });

    public PanelBuilder Cd44(ExpressionLevel level) => With(_panel with { Cd44 = level });

    public PanelBuilder Src(SrcActivity activity) => With(_panel with { Src = activity });

    public PanelBuilder P27(P27Localization localization) => With(_panel with { P27 = localization });

    public PanelBuilder History(TrastuzumabHistory history) => With(_panel with { TrastuzumabHistory = history });

    /// <summary>HER2 3+ with every marker abnormal: the heaviest evaluation (also the benchmark's patient).</summary>
    public static PanelBuilder AllMarkersAbnormal() => Her2Positive()
        .Pten(PtenStatus.Loss).Pik3ca(Pik3caStatus.Mutated, "p.His1047Arg", "E545K").CyclinE(CyclinEStatus.Amplified)
        .Fcgr3a(Fcgr3a158Genotype.FF).Fcgr2a(Fcgr2a131Genotype.RR).SerumEcd(32.5).P95Her2(P95Her2Status.Present)
        .Egfr(ExpressionLevel.Overexpressed).Erbb3(ExpressionLevel.Overexpressed).Igf1r(ExpressionLevel.Overexpressed)
        .Muc4(ExpressionLevel.Overexpressed).Cd44(ExpressionLevel.Overexpressed).Src(SrcActivity.Activated)
        .P27(P27Localization.Cytoplasmic).History(TrastuzumabHistory.Progressed);

    public PatientPanel Build() => _panel;

    private PanelBuilder With(PatientPanel panel)
    {
        _panel = panel;
        return this;
    }
}

/// <summary>
/// One engine over the embedded knowledge base, shared by every test class that asks for it (IClassFixture); the engine
/// is immutable, so one instance serves the whole assembly and is built on first use only.
/// </summary>
public sealed class EngineFixture
{
    private static readonly Lazy<CdsEngine> Shared = new(CdsEngine.CreateDefault);

    public CdsEngine Engine => Shared.Value;

    public Evaluation Evaluate(PanelBuilder panel, RankingLens lens = RankingLens.Current) => Engine.Evaluate(panel.Build(), lens);

    public static string[] AgentOrder(Evaluation evaluation) => [.. evaluation.Options.Select(o => o.AgentId)];
}
