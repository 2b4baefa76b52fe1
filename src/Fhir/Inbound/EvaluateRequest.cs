namespace CdsService.Fhir.Inbound;

using CdsService.Rules.Model;

/// <summary>One $evaluate call read: the patient's mapping and the ranking lens asked for.</summary>
public sealed record EvaluateRequest(MappingResult Mapping, RankingLens Lens)
{
    /// <summary>Parses once, reads the <c>ranking</c> parameter, maps the patient; throws <see cref="FhirInputException"/> for unreadable input.</summary>
    public static EvaluateRequest Read(string json)
    {
        var input = FhirJson.Parse(json);
        var lens = RankingParameter.Read(input);
        return new EvaluateRequest(PatientPanelMapper.Map(input), lens);
    }
}
