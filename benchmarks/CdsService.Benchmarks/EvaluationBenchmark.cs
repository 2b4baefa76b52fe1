namespace CdsService.Benchmarks;

using BenchmarkDotNet.Attributes;
using CdsService.Rules.Engine;
using CdsService.Rules.Model;

/// <summary>docs/architecture.md, "Performance bars": one patient evaluation with HER2 and every marker, target under 20 µs mean.</summary>
[MemoryDiagnoser]
public class EvaluationBenchmark
{
    private readonly CdsEngine _engine = CdsEngine.CreateDefault();

    private readonly PatientPanel _allMarkers = new()
    {
        Her2 = new Her2Tests(IhcScore.Two, Ish: new IshResult(IshAssay.DualProbe, 2.6, 5.4)),
        Pten = PtenStatus.Loss,
        Pik3ca = new Pik3caResult(Pik3caStatus.Mutated, ["p.His1047Arg", "E545K"]),
        CyclinE = CyclinEStatus.Amplified,
        Fcgr3a158 = Fcgr3a158Genotype.VF,
        Fcgr2a131 = Fcgr2a131Genotype.RR,
        SerumHer2EcdNgPerMl = 32.5,
        P95Her2 = P95Her2Status.Present,
        Egfr = ExpressionLevel.Overexpressed,
        Erbb3 = ExpressionLevel.Overexpressed,
        Igf1r = ExpressionLevel.Overexpressed,
        Muc4 = ExpressionLevel.Overexpressed,
        Cd44 = ExpressionLevel.Overexpressed,
        Src = SrcActivity.Activated,
        P27 = P27Localization.Cytoplasmic,
        TrastuzumabHistory = TrastuzumabHistory.Progressed,
    };

    private readonly PatientPanel _her2Only = new() { Her2 = new Her2Tests(IhcScore.Three) };

    [Benchmark(Baseline = true)]
    public Evaluation AllMarkers() => _engine.Evaluate(_allMarkers);

    [Benchmark]
    public Evaluation Her2PositiveOnly() => _engine.Evaluate(_her2Only);
}
