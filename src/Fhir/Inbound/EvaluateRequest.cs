namespace CdsService.Fhir.Inbound;

using CdsService.Fhir.Inbound.Lenient;
using CdsService.Rules.Model;

/// <summary>One $evaluate call read: the patient's mapping and the ranking lens asked for.</summary>
public sealed record EvaluateRequest(MappingResult Mapping, RankingLens Lens)
{
    /// <summary>Parses once leniently (docs/fhir.md, "Lenient read"), reads the <c>ranking</c> parameter, maps the patient; throws <see cref="FhirInputException"/> for unreadable input.</summary>
    public static EvaluateRequest Read(string json)
    {
        var input = LenientInput.Read(json);
        var lens = input.Use(RankingParameter.Read);
        return new EvaluateRequest(input.Map(PatientPanelMapper.Map), lens);
    }
}
