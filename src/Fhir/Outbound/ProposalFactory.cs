namespace CdsService.Fhir.Outbound;

using System.Globalization;
using CdsService.Fhir.Terminology;
using CdsService.Rules.Engine;
using Hl7.Fhir.Model;

/// <summary>
/// The resources the RequestGroup's actions point at, so that every action has a resource or sub-actions and never
/// both (R4 RequestGroup invariant rqg-1): a draft MedicationRequest (intent proposal) per agent, coded with RxNorm where
/// the knowledge base has a code and by text otherwise, and a draft ServiceRequest (intent proposal) per HER2 testing
/// step. An option the evidence argues against is a MedicationRequest with doNotPerform (docs/fhir.md, "What comes back").
/// </summary>
internal static class ProposalFactory
{
    public static MedicationRequest Option(RankedOption option, string? rxNorm, OutputContext context, string url, string? her2ObservationUrl)
    {
        var request = Medication(option.Agent, rxNorm, context, url);
        if (option.Direction == OptionDirection.Against) request.DoNotPerform = true;
        if (her2ObservationUrl is not null) request.ReasonReference.Add(new ResourceReference(her2ObservationUrl));
        request.Note.Add(new Annotation
        {
            Text = new Markdown(string.Create(CultureInfo.InvariantCulture,
                $"Decision-support proposal, not an order: rank {option.Rank}, evidence level {option.EvidenceLevel}, {Codes.Lower(option.Direction)}. {option.Rationale}")),
        });
        return request;
    }

    public static MedicationRequest AlsoDiscussed(AlsoDiscussedOption agent, string? rxNorm, OutputContext context, string url)
    {
        var request = Medication(agent.Name, rxNorm, context, url);
        request.Note.Add(new Annotation { Text = new Markdown($"Discussed by the review outside Table 1; listed, not ranked, not a proposal to treat. {agent.Text}") });
        return request;
    }

    public static ServiceRequest Testing(string code, string text, OutputContext context, string url)
    {
        var request = new ServiceRequest
        {
            Status = RequestStatus.Draft,
            Intent = RequestIntent.Proposal,
            Priority = RequestPriority.Urgent,
            Code = Codes.Local(LocalCodeSystems.RequiredAction, code, text),
            Subject = context.Subject(),
            AuthoredOnElement = context.When(),
        };
        request.Identifier.Add(new Identifier(CodeSystems.Ietf3986, url));
        return request;
    }

    private static MedicationRequest Medication(string agent, string? rxNorm, OutputContext context, string url)
    {
        var request = new MedicationRequest
        {
            Status = MedicationRequest.MedicationrequestStatus.Draft,
            Intent = MedicationRequest.MedicationRequestIntent.Proposal,
            Medication = rxNorm is { Length: > 0 } ? new CodeableConcept(CodeSystems.RxNorm, rxNorm, agent, agent) : new CodeableConcept { Text = agent },
            Subject = context.Subject(),
            AuthoredOn = context.When().Value,
        };
        request.Identifier.Add(new Identifier(CodeSystems.Ietf3986, url));
        return request;
    }
}
