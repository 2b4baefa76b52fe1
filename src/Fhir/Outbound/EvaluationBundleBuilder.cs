namespace CdsService.Fhir.Outbound;

using CdsService.Fhir.Inbound;
using CdsService.Rules.Engine;
using CdsService.Rules.KnowledgeBase;
using Hl7.Fhir.Model;

/// <summary>
/// The answer of POST /fhir/$evaluate (docs/fhir.md): a collection Bundle with the GuidanceResponse, its
/// evaluation messages, the RequestGroup of ranked options with the MedicationRequest and ServiceRequest proposals its
/// actions point at, the HER2 status Observation (absent while the status is unknown: the GuidanceResponse then lists
/// the tests it needs as dataRequirement), one therapeutic-implication Observation per finding, and copies of the Patient and Observations
/// they derive from, so that every reference resolves inside the Bundle.
/// </summary>
public sealed class EvaluationBundleBuilder
{
    private readonly Func<string, string?> _rxNorm;

    /// <param name="rxNormByAgentId">The RxNorm ingredient code of a Table 1 agent, or null (investigational agents).</param>
    public EvaluationBundleBuilder(Func<string, string?> rxNormByAgentId) => _rxNorm = rxNormByAgentId ?? throw new ArgumentNullException(nameof(rxNormByAgentId));

    /// <summary>Reads the agents' RxNorm codes from the knowledge base (AgentDefinition.RxNorm).</summary>
    public static EvaluationBundleBuilder For(KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(kb);
        return new EvaluationBundleBuilder(id => kb.AgentsById.TryGetValue(id, out var agent) ? agent.RxNorm : null);
    }

    public Bundle Build(Evaluation evaluation, MappingResult mapping, EvaluationStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(stamp);
        var inputs = new InputCopier(mapping, stamp.EvaluationId);
        var context = new OutputContext(stamp, mapping, inputs);
        var (guidanceUrl, groupUrl, her2Url, messagesUrl) =
            (context.FullUrl("guidance-response"), context.FullUrl("request-group"), context.FullUrl("her2-status"), context.FullUrl("messages"));

        var bundle = new Bundle
        {
            Type = Bundle.BundleType.Collection,
            Identifier = new Identifier(Terminology.CodeSystems.Ietf3986, $"urn:uuid:{stamp.EvaluationId}"),
            Timestamp = stamp.EvaluatedAt,
        };
        var her2 = Her2StatusObservationFactory.Create(evaluation, context);
        var (group, targets) = RequestGroupFactory.Create(evaluation, context, _rxNorm, her2 is null ? null : her2Url);
        Add(bundle, guidanceUrl, GuidanceResponseFactory.Create(evaluation, context, groupUrl, messagesUrl));
        Add(bundle, messagesUrl, EvaluationMessagesFactory.Create(evaluation, mapping));
        Add(bundle, groupUrl, group);
        foreach (var (url, target) in targets) Add(bundle, url, target);
        if (her2 is not null) Add(bundle, her2Url, her2);
        foreach (var finding in evaluation.Findings)
        {
            var url = context.FullUrl("finding/" + finding.Id);
            Add(bundle, url, TherapeuticImplicationFactory.Create(finding, evaluation.Options, context, url));
        }

        bundle.Entry.AddRange(inputs.Entries());
        return bundle;
    }

    private static void Add(Bundle bundle, string fullUrl, Resource resource) =>
        bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = fullUrl, Resource = resource });
}
