namespace CdsService.Fhir.Outbound;

using CdsService.Fhir.Terminology;
using CdsService.Rules.Engine;
using CdsService.Rules.Model;
using Hl7.Fhir.Model;

/// <summary>
/// The GuidanceResponse of one evaluation (R4 GuidanceResponse): status success, or data-required with the HER2
/// tests to send when the status is not final; the knowledge base and engine as module; result = the RequestGroup.
/// </summary>
internal static class GuidanceResponseFactory
{
    public static GuidanceResponse Create(Evaluation evaluation, OutputContext context, string requestGroupUrl, string messagesUrl)
    {
        var final = evaluation.Her2.Status is Her2Status.Positive or Her2Status.Negative;
        var module = new CodeableConcept(LocalCodeSystems.Module, "her2-trastuzumab", "HER2 / trastuzumab resistance decision support",
            $"CdsService engine {evaluation.EngineVersion}, knowledge base {evaluation.KnowledgeBase.Version} ({evaluation.KnowledgeBase.Hash})");
        var response = new GuidanceResponse
        {
            RequestIdentifier = new Identifier(CodeSystems.Ietf3986, $"urn:uuid:{context.Stamp.EvaluationId}"),
            Module = module,
            Status = final ? GuidanceResponse.GuidanceResponseStatus.Success : GuidanceResponse.GuidanceResponseStatus.DataRequired,
            Subject = context.Subject(),
            OccurrenceDateTimeElement = context.When(),
            Result = new ResourceReference(requestGroupUrl),
        };
        response.Identifier.Add(new Identifier(CodeSystems.Ietf3986, $"urn:uuid:{context.Stamp.EvaluationId}"));
        response.EvaluationMessage.Add(new ResourceReference(messagesUrl));
        response.Note.Add(new Annotation { Text = new Markdown(evaluation.Disclaimer) });
        response.Note.Add(new Annotation
        {
            Text = new Markdown($"Source: {evaluation.KnowledgeBase.Source.Citation} (doi:{evaluation.KnowledgeBase.Source.Doi}; identity verified: {evaluation.KnowledgeBase.Source.Verified})."),
        });
        if (!final) response.DataRequirement.Add(Her2Tests());
        return response;
    }

    private static DataRequirement Her2Tests()
    {
        var filter = new DataRequirement.CodeFilterComponent { Path = "code" };
        foreach (var code in new[] { Loinc.Her2IhcBreast, Loinc.Her2Cep17Ratio, Loinc.Her2CopiesPerNucleus, Loinc.Her2IshBreast, Loinc.Her2Status })
        {
            filter.Code.Add(new Coding(CodeSystems.Loinc, code));
        }

        return new DataRequirement { Type = FHIRAllTypes.Observation, CodeFilter = [filter] };
    }
}
