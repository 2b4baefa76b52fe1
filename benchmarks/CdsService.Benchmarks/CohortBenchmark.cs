namespace CdsService.Benchmarks;

using BenchmarkDotNet.Attributes;
using CdsService.Rules.Engine;
using CdsService.Rules.Model;

/// <summary>
/// A mixed cohort of 1,024 HER2-positive patients with random marker subsets, one evaluation per call in rotation: more
/// marker patterns than the rationale cache holds, so this shows the cost when most texts are written afresh.
/// </summary>
[MemoryDiagnoser]
public class CohortBenchmark
{
    private const int Patients = 1024;

    private readonly CdsEngine _engine = CdsEngine.CreateDefault();
    private readonly PatientPanel[] _cohort = Build();
    private int _next;

    [Benchmark]
    public Evaluation MixedCohortPatient() => _engine.Evaluate(_cohort[_next++ & (Patients - 1)]);

    private static PatientPanel[] Build()
    {
        var random = new Random(20111228);
        T? Pick<T>(T normal, T abnormal) where T : struct =>
            random.Next(3) switch { 0 => null, 1 => normal, _ => abnormal };

        var cohort = new PatientPanel[Patients];
        for (var i = 0; i < Patients; i++)
        {
            cohort[i] = new PatientPanel
            {
                Her2 = new Her2Tests(IhcScore.Three),
                Pten = Pick(PtenStatus.Intact, PtenStatus.Loss),
                Pik3ca = random.Next(2) == 0 ? null : new Pik3caResult(Pik3caStatus.Mutated, ["H1047R"]),
                CyclinE = Pick(CyclinEStatus.Normal, CyclinEStatus.Amplified),
                Fcgr3a158 = Pick(Fcgr3a158Genotype.VV, Fcgr3a158Genotype.FF),
                SerumHer2EcdNgPerMl = random.Next(2) == 0 ? null : random.Next(5, 60),
                P95Her2 = Pick(P95Her2Status.Absent, P95Her2Status.Present),
                Egfr = Pick(ExpressionLevel.Normal, ExpressionLevel.Overexpressed),
                Erbb3 = Pick(ExpressionLevel.Normal, ExpressionLevel.Overexpressed),
                Igf1r = Pick(ExpressionLevel.Normal, ExpressionLevel.Overexpressed),
                Muc4 = Pick(ExpressionLevel.Normal, ExpressionLevel.Overexpressed),
                Cd44 = Pick(ExpressionLevel.Normal, ExpressionLevel.Overexpressed),
                Src = Pick(SrcActivity.Normal, SrcActivity.Activated),
                P27 = Pick(P27Localization.Nuclear, P27Localization.Cytoplasmic),
            };
        }

        return cohort;
    }
}
