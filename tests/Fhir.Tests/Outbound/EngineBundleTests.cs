namespace CdsService.Fhir.Tests.Outbound;

using CdsService.Fhir.Outbound;
using CdsService.Rules.Engine;
using CdsService.Rules.Model;
using Hl7.Fhir.Model;

/// <summary>The fixtures through the real engine and into the output Bundle: the end-to-end FHIR answer without HTTP.</summary>
public sealed class EngineBundleTests
{
    private static readonly Lazy<CdsEngine> Engine = new(CdsEngine.CreateDefault);
    private static readonly EvaluationStamp Stamp = new(Guid.Parse("0b5d7e0e-3a1e-4d7c-8e55-2f1b9c0d4a21"), new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero));

    private static (Evaluation Evaluation, Bundle Bundle) Run(string fixture)
    {
        var mapping = Fixtures.Map(fixture);
        var evaluation = Engine.Value.Evaluate(mapping.Panel);
        return (evaluation, EvaluationBundleBuilder.For(Engine.Value.KnowledgeBase).Build(evaluation, mapping, Stamp));
    }

    [Fact]
    public void GenomicsExample_Pik3caFindingHer2UnknownNoOptionsTestingAction()
    {
        var (evaluation, bundle) = Run(Fixtures.GenomicsReportingExample);

        Assert.Equal(Her2Status.Unknown, evaluation.Her2.Status);
        Assert.Empty(evaluation.Options);
        Assert.Contains(evaluation.Findings, f => f.Id == "pik3ca-mutation");
        BundleAssertions.IsValidCollection(bundle);
        var group = BundleAssertions.One<RequestGroup>(bundle);
        Assert.Contains(group.Action, a => a.Code[0].Coding[0].Code == "her2-testing");
        Assert.Contains(BundleAssertions.All<Observation>(bundle), o => o.Code.Coding.Any(c => c.System == "urn:cdsservice:finding" && c.Code == "pik3ca-mutation"));
    }

    [Theory]
    [InlineData(Fixtures.McodeHer2ErPr)]
    [InlineData(Fixtures.Her2FishPanel)]
    [InlineData(Fixtures.PtenIhcParameters)]
    [InlineData(Fixtures.FcgrGenotype)]
    [InlineData(Fixtures.SerumEcdUnits)]
    [InlineData(Fixtures.Her2PositiveResistance)]
    public void Fixture_BundleIsValidAndActionsFollowTheRanking(string fixture)
    {
        var (evaluation, bundle) = Run(fixture);

        BundleAssertions.IsValidCollection(bundle);
        // Ranked actions carry their rank as prefix; required testing steps and the also-discussed group do not.
        var optionActions = BundleAssertions.One<RequestGroup>(bundle).Action.Where(a => a.Prefix is not null);
        Assert.Equal(evaluation.Options.Select(o => o.AgentId), optionActions.Select(a => a.ElementId));
        var implications = BundleAssertions.All<Observation>(bundle).Where(o => o.Code.Coding.FirstOrDefault()?.Code == "therapeutic-implication").ToList();
        Assert.Equal(evaluation.Findings.Select(f => f.Id), implications.Select(o => o.Code.Coding[1].Code));
        Assert.All(implications, o => Assert.NotEmpty(o.DerivedFrom));
    }

    [Fact]
    public void McodeHer2Positive_GetsRankedOptions()
    {
        var (evaluation, _) = Run(Fixtures.McodeHer2ErPr);

        Assert.Equal(Her2Status.Positive, evaluation.Her2.Status);
        Assert.NotEmpty(evaluation.Options);
    }
}
