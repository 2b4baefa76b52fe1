namespace CdsService.Fhir.Tests.Outbound;

using CdsService.Fhir.Inbound;
using CdsService.Rules.Engine;
using CdsService.Rules.Her2;
using CdsService.Rules.KnowledgeBase;
using CdsService.Rules.Model;

/// <summary>
/// Evaluations built from the real knowledge base and HER2 interpreter, with findings and options assembled from the
/// knowledge base's own rows: the shape the engine returns, for outbound tests that must not depend on its ranking.
/// </summary>
public static class TestEvaluations
{
    private static readonly Lazy<KnowledgeBase> Kb = new(() => KnowledgeBaseLoader.LoadEmbedded(CdsEngine.Requirements));

    public static KnowledgeBase KnowledgeBase => Kb.Value;

    public static Evaluation For(MappingResult mapping, params string[] optionAgentIds)
    {
        var kb = Kb.Value;
        var her2 = Her2Interpreter.Interpret(mapping.Panel.Her2, kb);
        var given = mapping.Panel.InputsGiven();
        // The two PIK3CA findings exclude each other; the fixtures' PIK3CA variants are activating.
        var findings = kb.Findings.Where(f => f.Inputs.Any(given.Contains)).Where(f => f.Inputs.All(i => i != MarkerIds.Her2))
            .Where(f => f.Id != "pik3ca-variant-uncertain")
            .Select(f => new Finding(f.Id, f.Mechanisms, f.Effect, f.Summary, f.Inputs, f.Citations, [])).ToList();
        var options = her2.Status == Her2Status.Positive
            ? optionAgentIds.Select((id, i) => Option(kb.AgentsById[id], i + 1)).ToList()
            : [];
        var indicated = her2.Status switch
        {
            Her2Status.Positive => TrastuzumabIndication.Yes,
            Her2Status.Negative => TrastuzumabIndication.No,
            _ => TrastuzumabIndication.Undetermined,
        };
        return new Evaluation(kb.Stamp, "test", given, her2, new TrastuzumabAssessment(indicated, "test basis", []), findings, options,
            [new Warning("test-warning", "a warning", [])], [], [], "Decision support for clinicians; it does not prescribe.",
            new RankingInfo(RankingLens.Current, kb.RankingPolicyVersion, "test ranking"), []);
    }

    private static RankedOption Option(AgentDefinition a, int rank) => new(
        rank, a.Id, a.Agent, a.Target, a.MechanismTargeted, a.Phase, a.CombinationWithTrastuzumab, a.Source, a.EvidenceLevel,
        a.EvidenceLevel == EvidenceLevel.X ? OptionDirection.Against : OptionDirection.Supports, OptionRelevance.General, [], [],
        a.Evidence, [$"rank {rank}"], a.Citations, Kb.Value.NotesFor(a.Id), a.DataQualityNotes, a.Availability, a.LevelBasis);
}
