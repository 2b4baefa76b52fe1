namespace CdsService.Fhir.Tests.Outbound;

using CdsService.Fhir.Outbound;
using CdsService.Rules.Engine;
using CdsService.Rules.KnowledgeBase;
using CdsService.Rules.Model;
using Hl7.Fhir.Model;

/// <summary>
/// The FHIR answer carries what the REST answer carries beside each rank (docs/fhir.md, "Extensions"): the lens and
/// policy, each option's availability and rank reasons, every dated note of options, findings, also-discussed agents,
/// warnings and notes, and availability on the therapeutic implications that name an agent.
/// </summary>
public sealed class DatedKnowledgeOutputTests
{
    private static readonly Lazy<CdsEngine> Engine = new(CdsEngine.CreateDefault);
    private static readonly EvaluationStamp Stamp = new(Guid.Parse("5e0c1f2a-9b7d-4e61-a3c8-7d2e4f6a8b10"), new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero));

    private static (Evaluation Evaluation, Bundle Bundle) Run(RankingLens lens)
    {
        var mapping = Fixtures.Map(Fixtures.Her2PositiveResistance);
        var evaluation = Engine.Value.Evaluate(mapping.Panel, lens);
        return (evaluation, EvaluationBundleBuilder.For(Engine.Value.KnowledgeBase).Build(evaluation, mapping, Stamp));
    }

    [Theory]
    [InlineData(RankingLens.Current, "current")]
    [InlineData(RankingLens.Review, "review")]
    public void RequestGroup_StatesTheLensAndPolicyVersion(RankingLens lens, string wire)
    {
        var (evaluation, bundle) = Run(lens);

        var group = BundleAssertions.One<RequestGroup>(bundle);
        var ranking = Assert.Single(group.Extension, e => e.Url == "urn:cdsservice:extension:ranking");
        Assert.Equal(wire, Part<Code>(ranking, "lens"));
        Assert.Equal(evaluation.Ranking.PolicyVersion, Part<FhirString>(ranking, "policyVersion"));
        Assert.Equal("2.1.0", evaluation.Ranking.PolicyVersion);
        Assert.Equal(evaluation.Ranking.Text, Part<FhirString>(ranking, "text"));
        Assert.StartsWith($"Ranking lens: {wire} (ranking policy 2.1.0). ", group.Note.Single().Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RankingLens.Current)]
    [InlineData(RankingLens.Review)]
    public void EveryOptionAction_CarriesItsAvailabilityRankReasonsAndEveryDatedNote(RankingLens lens)
    {
        var (evaluation, bundle) = Run(lens);

        var actions = BundleAssertions.One<RequestGroup>(bundle).Action.Where(a => a.Prefix is not null).ToList();
        Assert.Equal(evaluation.Options.Select(o => o.AgentId), actions.Select(a => a.ElementId));
        foreach (var (option, action) in evaluation.Options.Zip(actions))
        {
            AssertAvailability(option.Availability, Assert.Single(action.Extension, e => e.Url == "urn:cdsservice:extension:availability"));
            Assert.Equal(option.RankReasons, action.Extension.Where(e => e.Url == "urn:cdsservice:extension:rank-reason").Select(e => ((FhirString)e.Value!).Value!));
            Assert.Equal(option.Currency.Select(n => n.Id), NoteIds(action.Documentation));
            Assert.Contains($"Availability: {AvailabilityText.Badge(option.Availability)}", action.TextEquivalent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void DatedNote_KeepsEveryFieldAndEverySource()
    {
        var (evaluation, bundle) = Run(RankingLens.Current);
        var option = evaluation.Options.First(o => o.Currency.Any(n => n.Sources.Count > 1 && n.ClinicianNote is not null));
        var note = option.Currency.First(n => n.Sources.Count > 1 && n.ClinicianNote is not null);

        var artifact = BundleAssertions.One<RequestGroup>(bundle).Action.Single(a => a.ElementId == option.AgentId).Documentation.Single(d => d.Label == note.Id);
        var extension = Ext(artifact, "urn:cdsservice:extension:dated-note");

        Assert.Equal(note.Id, Part<Id>(extension, "id"));
        Assert.Equal(note.AsOf, Part<FhirString>(extension, "asOf"));
        Assert.Equal(note.Note, Part<FhirString>(extension, "note"));
        Assert.Equal(note.ClinicianNote, Part<FhirString>(extension, "clinicianNote"));
        Assert.Equal(note.Verified, Part<FhirBoolean>(extension, "verified"));
        Assert.Equal(note.Sources.Select(s => ((object?)s.Url, (object?)s.Kind, (object?)s.ReliedOn)), extension.Extension.Where(e => e.Url == "source").Select(s =>
            (Part<FhirUri>(s, "url"), Part<Code>(s, "kind"), Part<FhirBoolean>(s, "reliedOn"))));
    }

    [Fact]
    public void AlsoDiscussedAgents_AreListedUnrankedWithAvailabilityAndNotes()
    {
        var (evaluation, bundle) = Run(RankingLens.Current);
        Assert.NotEmpty(evaluation.AlsoDiscussed);

        var group = BundleAssertions.One<RequestGroup>(bundle).Action.Single(a => a.ElementId == "also-discussed");

        Assert.Null(group.Prefix);
        Assert.Equal(evaluation.AlsoDiscussed.Select(a => "also-discussed-" + a.Id), group.Action.Select(a => a.ElementId));
        foreach (var (agent, action) in evaluation.AlsoDiscussed.Zip(group.Action))
        {
            Assert.Null(action.Prefix);
            // A text-coded proposal that says it is listed, not ranked (rqg-1: every leaf action has a resource).
            var listed = bundle.Entry.Single(e => e.FullUrl == action.Resource!.Reference).Resource as MedicationRequest;
            Assert.Equal(agent.Name, ((CodeableConcept)listed!.Medication!).Text);
            Assert.StartsWith("Discussed by the review outside Table 1; listed, not ranked", listed.Note[0].Text, StringComparison.Ordinal);
            AssertAvailability(agent.Availability, Ext(action, "urn:cdsservice:extension:availability"));
            Assert.Equal(agent.Currency.Select(n => n.Id), NoteIds(action.Documentation));
        }
    }

    [Fact]
    public void TherapeuticImplications_CarryTheFindingsNotesAndTheMatchedOptionsAvailability()
    {
        var (evaluation, bundle) = Run(RankingLens.Current);
        var implications = BundleAssertions.All<Observation>(bundle).Where(o => o.Code.Coding.FirstOrDefault()?.Code == "therapeutic-implication").ToList();

        Assert.Contains(evaluation.Findings, f => f.Currency.Count > 0);
        foreach (var (finding, observation) in evaluation.Findings.Zip(implications))
        {
            Assert.Equal(finding.Currency.Select(n => (object)n.Id), observation.Note.Where(n => n.Extension.Count > 0)
                .Select(n => Part<Id>(Ext(n, "urn:cdsservice:extension:dated-note"), "id")));
            var matched = evaluation.Options.Where(o => o.MatchedFindings.Contains(finding.Id)).ToList();
            var components = observation.Component.Where(c => c.Code.Coding[0].Code == "matched-option").ToList();
            Assert.Equal(matched.Select(o => o.AgentId), components.Select(c => ((CodeableConcept)c.Value!).Coding[0].Code));
            foreach (var (option, component) in matched.Zip(components))
            {
                AssertAvailability(option.Availability, Ext(component, "urn:cdsservice:extension:availability"));
            }
        }

        Assert.Contains(implications, o => o.Component.Any(c => c.Code.Coding[0].Code == "matched-option"));
    }

    [Fact]
    public void EveryDatedNoteOfTheEvaluation_ReachesTheBundle()
    {
        var (evaluation, bundle) = Run(RankingLens.Current);
        var expected = evaluation.Options.SelectMany(o => o.Currency).Concat(evaluation.Findings.SelectMany(f => f.Currency))
            .Concat(evaluation.AlsoDiscussed.SelectMany(a => a.Currency)).Concat(evaluation.Warnings.SelectMany(w => w.Currency))
            .Concat(evaluation.Notes.SelectMany(n => n.Currency)).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);

        // Read from the serialized answer, as a client would: every dated-note extension anywhere in the Bundle.
        var found = DatedNoteIds(System.Text.Json.Nodes.JsonNode.Parse(FhirJson.Serialize(bundle))).ToHashSet(StringComparer.Ordinal);

        Assert.True(expected.Count > 10, $"{expected.Count} notes");
        Assert.Equal(expected.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }

    private static object? Part<T>(Extension extension, string name) where T : PrimitiveType =>
        ((T?)extension.GetExtension(name)?.Value)?.JsonValue;

    private static Extension Ext(Base element, string url) =>
        Assert.Single(((IExtendable)element).Extension, e => e.Url == url);

    private static IEnumerable<string> DatedNoteIds(System.Text.Json.Nodes.JsonNode? node) => node switch
    {
        System.Text.Json.Nodes.JsonObject o when (string?)o["url"] == "urn:cdsservice:extension:dated-note" =>
            [(string)o["extension"]!.AsArray().Single(e => (string?)e!["url"] == "id")!["valueId"]!],
        System.Text.Json.Nodes.JsonObject o => o.SelectMany(p => DatedNoteIds(p.Value)),
        System.Text.Json.Nodes.JsonArray a => a.SelectMany(DatedNoteIds),
        _ => [],
    };

    private static IEnumerable<string> NoteIds(IEnumerable<RelatedArtifact> documentation) =>
        documentation.Where(d => d.Type == RelatedArtifact.RelatedArtifactType.Documentation).Select(d => d.Label!);

    private static void AssertAvailability(AgentAvailability expected, Extension actual)
    {
        Assert.Equal(AvailabilityText.Wire(expected.Status), Part<Code>(actual, "status"));
        Assert.Equal(expected.Tier, Part<Integer>(actual, "tier"));
        Assert.Equal(AvailabilityText.Label(expected.Status), Part<FhirString>(actual, "label"));
        Assert.Equal(expected.AsOf, Part<FhirString>(actual, "asOf"));
        Assert.Equal(expected.Verified, Part<FhirBoolean>(actual, "verified"));
        Assert.Equal(expected.Note, Part<FhirString>(actual, "note"));
        Assert.Equal(expected.Sources.Count, actual.Extension.Count(e => e.Url == "source"));
    }
}
