namespace CdsService.Benchmarks;

using BenchmarkDotNet.Attributes;
using CdsService.Fhir;
using CdsService.Fhir.Inbound;
using CdsService.Fhir.Outbound;
using CdsService.Rules.Engine;

/// <summary>
/// The FHIR channel without HTTP on the 95 KB Genomics Reporting oncology example: parse and map, evaluate, and the
/// whole answer (map, evaluate, build and serialize the collection Bundle).
/// </summary>
[MemoryDiagnoser]
public class FhirEvaluationBenchmark
{
    private readonly CdsEngine _engine = CdsEngine.CreateDefault();
    private readonly string _json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "genomics-reporting-oncology-report-example.json"));
    private readonly EvaluationStamp _stamp = new(Guid.Parse("3f0c6a6e-0d3b-4f11-9a57-5c1f0e2a7b90"), new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private EvaluationBundleBuilder _builder = null!;

    [GlobalSetup]
    public void Setup() => _builder = EvaluationBundleBuilder.For(_engine.KnowledgeBase);

    [Benchmark(Baseline = true)]
    public MappingResult ParseAndMap() => PatientPanelMapper.Map(_json);

    [Benchmark]
    public Evaluation MapAndEvaluate() => _engine.Evaluate(PatientPanelMapper.Map(_json).Panel);

    [Benchmark]
    public string MapEvaluateAndAnswer()
    {
        var mapping = PatientPanelMapper.Map(_json);
        return FhirJson.Serialize(_builder.Build(_engine.Evaluate(mapping.Panel), mapping, _stamp));
    }
}
