namespace CdsService.Fhir.Tests.Outbound;

using CdsService.Fhir.Outbound;
using CdsService.Rules.Model;
using Hl7.Fhir.Model;

public sealed class EvaluationBundleBuilderTests
{
    private static readonly EvaluationStamp Stamp = new(Guid.Parse("6f1c1a44-8a3e-4c55-9a51-0c5e3e4b2a10"), new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero));

    private static Bundle Build(string fixture, params string[] agents)
    {
        var mapping = Fixtures.Map(fixture);
        return EvaluationBundleBuilder.For(TestEvaluations.KnowledgeBase).Build(TestEvaluations.For(mapping, agents), mapping, Stamp);
    }

    [Theory]
    [InlineData(Fixtures.GenomicsReportingExample)]
    [InlineData(Fixtures.McodeHer2ErPr)]
    [InlineData(Fixtures.Her2FishPanel)]
    [InlineData(Fixtures.PtenIhcParameters)]
    [InlineData(Fixtures.FcgrGenotype)]
    [InlineData(Fixtures.SerumEcdUnits)]
    public void Build_EveryFixture_ValidatesAndReferencesResolve(string fixture)
    {
        var bundle = Build(fixture, "rad001", "pertuzumab", "xl147", "perifosine", "trastuzumab-dm1");

        BundleAssertions.IsValidCollection(bundle);
        BundleAssertions.One<GuidanceResponse>(bundle);
        BundleAssertions.One<RequestGroup>(bundle);
        // An unknown HER2 status is asked for as dataRequirement, never stated as an Observation.
        var known = Fixtures.Map(fixture).Panel.Her2 is not null && BundleAssertions.One<GuidanceResponse>(bundle).DataRequirement.Count == 0;
        Assert.Equal(known ? 1 : 0, BundleAssertions.All<Observation>(bundle).Count(o => o.Code.Coding.Any(c => c.Code == "48676-1") && o.Issued == Stamp.EvaluatedAt));
    }

    [Fact]
    public void Build_GenomicsExample_Her2UnknownNoOptionsTestingActionAndPik3caImplication()
    {
        var bundle = Build(Fixtures.GenomicsReportingExample, "rad001");

        var guidance = BundleAssertions.One<GuidanceResponse>(bundle);
        Assert.Equal(GuidanceResponse.GuidanceResponseStatus.DataRequired, guidance.Status);
        var group = BundleAssertions.One<RequestGroup>(bundle);
        var action = Assert.Single(group.Action);
        Assert.Equal("her2-testing", action.Code[0].Coding[0].Code);
        Assert.Empty(BundleAssertions.All<MedicationRequest>(bundle));
        var testing = BundleAssertions.One<ServiceRequest>(bundle);
        Assert.Equal(action.Resource!.Reference, testing.Identifier[0].Value);
        Assert.Equal((RequestStatus.Draft, RequestIntent.Proposal), (testing.Status, testing.Intent));
        Assert.Equal("her2-testing", testing.Code!.Coding[0].Code);
        Assert.DoesNotContain(BundleAssertions.All<Observation>(bundle), o => o.Code.Coding[0].Code == "48676-1");
        Assert.NotEmpty(guidance.DataRequirement);
        var implication = Assert.Single(BundleAssertions.All<Observation>(bundle), o => o.Code.Coding.FirstOrDefault()?.Code == "therapeutic-implication");
        Assert.Equal("pik3ca-mutation", implication.Code.Coding[1].Code);
        Assert.Equal("224905", ((CodeableConcept)implication.Component[0].Value!).Coding[0].Code);
        Assert.Equal("LA6676-6", ((CodeableConcept)implication.Component[1].Value!).Coding[0].Code);
        Assert.Equal(2, implication.DerivedFrom.Count);
        Assert.Contains(implication.DerivedFrom, d => d.Reference == "urn:uuid:dac358c3-403a-4dbb-b478-4259aed882ae");
        Assert.NotEmpty(implication.Extension);
    }

    [Fact]
    public void Build_Her2Positive_ActionsInRankOrderWithAgentIdsLevelsAndProposals()
    {
        string[] agents = ["rad001", "pertuzumab", "xl147", "perifosine", "trastuzumab-dm1"];
        var bundle = Build(Fixtures.McodeHer2ErPr, agents);

        var group = BundleAssertions.One<RequestGroup>(bundle);
        Assert.Equal(agents, group.Action.Select(a => a.ElementId));
        Assert.Equal(agents, group.Action.Select(a => a.Code[0].Coding[0].Code));
        Assert.Equal(["1", "2", "3", "4", "5"], group.Action.Select(a => a.Prefix));
        Assert.All(group.Action, a => Assert.Contains(a.Code, c => c.Coding[0].System == "urn:cdsservice:evidence-level"));
        Assert.All(group.Action, a => Assert.NotEmpty(a.Documentation));
        var perifosine = group.Action.Single(a => a.ElementId == "perifosine");
        Assert.Equal("against", perifosine.Code.Single(c => c.Coding[0].System == "urn:cdsservice:option-direction").Coding[0].Code);
        // One proposal per option, in rank order: RxNorm where the knowledge base has a code, text otherwise; the
        // option the evidence argues against is a do-not-perform proposal.
        var proposals = BundleAssertions.All<MedicationRequest>(bundle);
        Assert.Equal(group.Action.Select(a => a.Resource!.Reference), proposals.Select(p => p.Identifier[0].Value));
        Assert.Equal(["141704", "1298944", null, null, "1371041"], proposals.Select(p => ((CodeableConcept)p.Medication!).Coding.FirstOrDefault()?.Code));
        Assert.Equal(["XL147", "Perifosine"], proposals.Skip(2).Take(2).Select(p => ((CodeableConcept)p.Medication!).Text));
        Assert.All(proposals, p => Assert.Equal(MedicationRequest.MedicationRequestIntent.Proposal, p.Intent));
        Assert.Equal([false, false, false, true, false], proposals.Select(p => p.DoNotPerform == true));
        var status = BundleAssertions.All<Observation>(bundle).Single(o => o.Code.Coding[0].Code == "48676-1" && o.Issued == Stamp.EvaluatedAt);
        Assert.Equal("LA6576-8", ((CodeableConcept)status.Value!).Coding[0].Code);
        Assert.Equal("POS", status.Interpretation[0].Coding[0].Code);
        Assert.Single(status.DerivedFrom);
        // Dated by the HER2 input it derives from, not by the evaluation.
        Assert.Equal(Fixtures.Map(Fixtures.McodeHer2ErPr).Used.Where(u => u.MarkerId == MarkerIds.Her2).Max(u => u.Effective), ((FhirDateTime)status.Effective!).ToDateTimeOffset(TimeSpan.Zero));
        Assert.Equal(GuidanceResponse.GuidanceResponseStatus.Success, BundleAssertions.One<GuidanceResponse>(bundle).Status);
    }

    [Fact]
    public void Build_SameEvaluation_IsDeterministic()
    {
        var a = FhirJson.Serialize(Build(Fixtures.FcgrGenotype));
        var b = FhirJson.Serialize(Build(Fixtures.FcgrGenotype));

        Assert.Equal(a, b);
    }

    [Fact]
    public void Build_FindingOfReducedBenefit_GetsAnImplicationToo()
    {
        var bundle = Build(Fixtures.FcgrGenotype);

        var implication = Assert.Single(BundleAssertions.All<Observation>(bundle), o => o.Code.Coding.FirstOrDefault()?.Code == "therapeutic-implication");
        Assert.Equal("reduced-benefit", ((CodeableConcept)implication.Component[1].Value!).Coding[0].Code);
        Assert.Equal(2, implication.DerivedFrom.Count);
    }

    [Fact]
    public void Build_NoPatientResource_SubjectIsDisplayOnlyAndStillValid()
    {
        var observation = Inbound.ObservationBuilder.Obs("85319-2", new FhirString("3+"));
        var mapping = Inbound.ObservationBuilder.Map(observation);
        var bundle = EvaluationBundleBuilder.For(TestEvaluations.KnowledgeBase).Build(TestEvaluations.For(mapping, "rad001"), mapping, Stamp);

        BundleAssertions.IsValidCollection(bundle);
        Assert.NotNull(BundleAssertions.One<MedicationRequest>(bundle).Subject.Display);
        Assert.Equal(MarkerIds.Her2, Assert.Single(mapping.Used).MarkerId);
    }
}
