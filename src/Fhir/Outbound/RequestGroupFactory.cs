namespace CdsService.Fhir.Outbound;

using System.Globalization;
using CdsService.Fhir.Terminology;
using CdsService.Rules.Engine;
using CdsService.Rules.Vocabulary;
using Hl7.Fhir.Model;

/// <summary>
/// The ranked Table 1 options as a RequestGroup (intent proposal): first the HER2 testing steps the guideline requires,
/// then one action per option in rank order, then one grouping action with the agents the review discusses outside
/// Table 1 (listed, never ranked). An option action's id and first code are the agent id; further codes carry the
/// evidence level, direction and relevance; extensions carry its availability and its rank reasons; <c>documentation</c>
/// holds the citations and every dated note. Every leaf action points at a <see cref="ProposalFactory"/> resource and the
/// grouping action only at its sub-actions (rqg-1). The group itself says which ranking lens and policy ordered it
/// (docs/fhir.md).
/// </summary>
internal static class RequestGroupFactory
{
    /// <summary>The id of the grouping action that lists the agents discussed outside Table 1.</summary>
    public const string AlsoDiscussedId = "also-discussed";

    public static (RequestGroup Group, List<(string FullUrl, Resource Resource)> Targets) Create(
        Evaluation evaluation, OutputContext context, Func<string, string?> rxNorm, string? her2ObservationUrl)
    {
        var group = new RequestGroup
        {
            Status = RequestStatus.Active,
            Intent = RequestIntent.Proposal,
            Subject = context.Subject(),
            AuthoredOn = context.When().Value,
            Code = new CodeableConcept { Text = "Trastuzumab-resistance decision support: ranked Table 1 options" },
        };
        group.Identifier.Add(new Identifier(CodeSystems.Ietf3986, $"urn:uuid:{context.Stamp.EvaluationId}"));
        group.Extension.Add(Ranking(evaluation.Ranking));
        group.Note.Add(new Annotation
        {
            Text = new Markdown($"Ranking lens: {WireNames.Of(evaluation.Ranking.Lens)} (ranking policy {evaluation.Ranking.PolicyVersion}). {evaluation.Ranking.Text}"),
        });
        var targets = new List<(string FullUrl, Resource Resource)>();
        ResourceReference Target(string name, Func<string, Resource> create)
        {
            var url = context.FullUrl(name);
            targets.Add((url, create(url)));
            return new ResourceReference(url);
        }

        foreach (var action in evaluation.Her2.RequiredActions)
        {
            group.Action.Add(new RequestGroup.ActionComponent
            {
                ElementId = "required-" + action.Code,
                Title = action.Text,
                Code = [Codes.Local(LocalCodeSystems.RequiredAction, action.Code, action.Code)],
                Priority = RequestPriority.Urgent,
                Resource = Target("testing/" + action.Code, url => ProposalFactory.Testing(action.Code, action.Text, context, url)),
            });
        }

        foreach (var option in evaluation.Options.OrderBy(o => o.Rank))
        {
            var action = Action(option);
            action.Resource = Target("proposal/" + option.AgentId, url => ProposalFactory.Option(option, rxNorm(option.AgentId), context, url, her2ObservationUrl));
            group.Action.Add(action);
        }

        if (evaluation.AlsoDiscussed.Count > 0)
        {
            group.Action.Add(AlsoDiscussed(evaluation.AlsoDiscussed,
                agent => Target("also-discussed/" + agent.Id, url => ProposalFactory.AlsoDiscussed(agent, rxNorm(agent.Id), context, url))));
        }

        return (group, targets);
    }

    private static RequestGroup.ActionComponent Action(RankedOption option)
    {
        var action = new RequestGroup.ActionComponent
        {
            ElementId = option.AgentId,
            Prefix = option.Rank.ToString(CultureInfo.InvariantCulture),
            Title = option.Agent,
            Description = option.Rationale,
            TextEquivalent = string.Create(CultureInfo.InvariantCulture,
                $"Rank {option.Rank}: {option.Agent} ({option.Target}; {option.MechanismTargeted}; phase {option.Phase}) - level {option.EvidenceLevel}, {Codes.Lower(option.Direction)}, {Codes.Lower(option.Relevance)}. Availability: {DatedKnowledgeExtensions.Badge(option.Availability)} (as of {option.Availability.AsOf}). Why here: {string.Join("; ", option.RankReasons)}"),
            Code =
            [
                Codes.Local(LocalCodeSystems.Agent, option.AgentId, option.Agent),
                Codes.Local(LocalCodeSystems.EvidenceLevel, option.EvidenceLevel.ToString(), $"Evidence level {option.EvidenceLevel}"),
                Codes.Local(LocalCodeSystems.OptionDirection, Codes.Lower(option.Direction), Codes.Lower(option.Direction)),
                Codes.Local(LocalCodeSystems.OptionRelevance, Codes.Lower(option.Relevance), Codes.Lower(option.Relevance)),
            ],
        };
        action.Code.AddRange(option.MatchedMechanisms.Select(m => Codes.Local(LocalCodeSystems.Mechanism, m, m)));
        action.Extension.Add(DatedKnowledgeExtensions.Availability(option.Availability));
        action.Extension.AddRange(option.RankReasons.Select(r => new Extension(ExtensionUrls.RankReason, new FhirString(r))));
        action.Documentation.AddRange(CitationArtifacts.From(option.Citations));
        action.Documentation.AddRange(option.Currency.Select(CitationArtifacts.FromCurrency));
        return action;
    }

    private static Extension Ranking(RankingInfo ranking) => new ComplexExtension(ExtensionUrls.Ranking)
        .Add("lens", new Code(WireNames.Of(ranking.Lens)))
        .Add("policyVersion", ranking.PolicyVersion)
        .Add("text", ranking.Text)
        .Extension;

    // Listed with availability and dated notes, never ranked (docs/clinical-rules.md, "Agents"): no prefix, no proposal.
    private static RequestGroup.ActionComponent AlsoDiscussed(IReadOnlyList<AlsoDiscussedOption> agents, Func<AlsoDiscussedOption, ResourceReference> target)
    {
        var group = new RequestGroup.ActionComponent
        {
            ElementId = AlsoDiscussedId,
            Title = "Also discussed by the review, outside Table 1 (not ranked)",
            Code = [Codes.Local(LocalCodeSystems.OptionKind, AlsoDiscussedId, "also discussed, not ranked")],
        };
        foreach (var agent in agents)
        {
            var action = new RequestGroup.ActionComponent
            {
                ElementId = AlsoDiscussedId + "-" + agent.Id,
                Title = agent.Name,
                Description = agent.Text,
                TextEquivalent = $"{agent.Name} (not ranked) - availability: {DatedKnowledgeExtensions.Badge(agent.Availability)} (as of {agent.Availability.AsOf}).",
                Code = [Codes.Local(LocalCodeSystems.Agent, agent.Id, agent.Name)],
                Resource = target(agent),
            };
            action.Extension.Add(DatedKnowledgeExtensions.Availability(agent.Availability));
            action.Documentation.AddRange(CitationArtifacts.From(agent.Citations));
            action.Documentation.AddRange(agent.Currency.Select(CitationArtifacts.FromCurrency));
            group.Action.Add(action);
        }

        return group;
    }
}
