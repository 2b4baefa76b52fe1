namespace CdsService.Fhir.Outbound;

using System.Globalization;
using CdsService.Fhir.Terminology;
using CdsService.Rules.Engine;
using Hl7.Fhir.Model;

/// <summary>
/// The ranked Table 1 options as a RequestGroup (intent proposal): first the HER2 testing steps the guideline requires,
/// then one action per option in rank order. An option action's id and first code are the agent id (docs/clinical-rules.md,
/// "Agents"); further codes carry the evidence level, direction and relevance; <c>documentation</c> holds the
/// citations; an agent with an RxNorm code the evidence supports gets a MedicationRequest proposal as its resource.
/// </summary>
internal static class RequestGroupFactory
{
    public static (RequestGroup Group, List<MedicationRequest> Proposals) Create(
        Evaluation evaluation, OutputContext context, Func<string, string?> rxNorm, string her2ObservationUrl)
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
        foreach (var action in evaluation.Her2.RequiredActions)
        {
            group.Action.Add(new RequestGroup.ActionComponent
            {
                ElementId = "required-" + action.Code,
                Title = action.Text,
                Code = [Codes.Local(LocalCodeSystems.RequiredAction, action.Code, action.Code)],
                Priority = RequestPriority.Urgent,
            });
        }

        var proposals = new List<MedicationRequest>();
        foreach (var option in evaluation.Options.OrderBy(o => o.Rank))
        {
            var action = Action(option);
            if (option.Direction == OptionDirection.Supports && rxNorm(option.AgentId) is { Length: > 0 } code)
            {
                var url = context.FullUrl("proposal/" + option.AgentId);
                proposals.Add(Proposal(option, code, context, url, her2ObservationUrl));
                action.Resource = new ResourceReference(url);
            }

            group.Action.Add(action);
        }

        return (group, proposals);
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
                $"Rank {option.Rank}: {option.Agent} ({option.Target}; {option.MechanismTargeted}; phase {option.Phase}) - level {option.EvidenceLevel}, {Codes.Lower(option.Direction)}, {Codes.Lower(option.Relevance)}. Why here: {string.Join("; ", option.RankReasons)}"),
            Code =
            [
                Codes.Local(LocalCodeSystems.Agent, option.AgentId, option.Agent),
                Codes.Local(LocalCodeSystems.EvidenceLevel, option.EvidenceLevel.ToString(), $"Evidence level {option.EvidenceLevel}"),
                Codes.Local(LocalCodeSystems.OptionDirection, Codes.Lower(option.Direction), Codes.Lower(option.Direction)),
                Codes.Local(LocalCodeSystems.OptionRelevance, Codes.Lower(option.Relevance), Codes.Lower(option.Relevance)),
            ],
        };
        action.Code.AddRange(option.MatchedMechanisms.Select(m => Codes.Local(LocalCodeSystems.Mechanism, m, m)));
        action.Documentation.AddRange(CitationArtifacts.From(option.Citations));
        action.Documentation.AddRange(option.Currency.Select(CitationArtifacts.FromCurrency));
        return action;
    }

    private static MedicationRequest Proposal(RankedOption option, string rxNorm, OutputContext context, string url, string her2ObservationUrl)
    {
        var request = new MedicationRequest
        {
            Status = MedicationRequest.MedicationrequestStatus.Draft,
            Intent = MedicationRequest.MedicationRequestIntent.Proposal,
            Medication = new CodeableConcept(CodeSystems.RxNorm, rxNorm, option.Agent, option.Agent),
            Subject = context.Subject(),
            AuthoredOn = context.When().Value,
        };
        request.Identifier.Add(new Identifier(CodeSystems.Ietf3986, url));
        request.ReasonReference.Add(new ResourceReference(her2ObservationUrl));
        request.Note.Add(new Annotation
        {
            Text = new Markdown(string.Create(CultureInfo.InvariantCulture,
                $"Decision-support proposal, not an order: rank {option.Rank}, evidence level {option.EvidenceLevel}. {option.Rationale}")),
        });
        return request;
    }
}
