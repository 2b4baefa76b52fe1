namespace CdsService.Fhir.Inbound;

using Hl7.Fhir.Model;

/// <summary>
/// FHIR R4 input to the Rules model (docs/fhir.md): a Bundle of any type (a transaction Bundle included) or a
/// Parameters holding one, with a Patient and its Observations. Reads <c>Bundle.entry.fullUrl/resource</c>,
/// <c>Parameters.parameter.resource</c> and, per Observation, <c>status</c>, <c>subject</c>, <c>code</c>,
/// <c>effective[x]</c>/<c>issued</c>, <c>value[x]</c>, <c>interpretation</c>, <c>component</c>, <c>hasMember</c> and
/// <c>derivedFrom</c> (see each mapper for the codes). Unknown Observations are listed, never an error.
/// </summary>
public static class PatientPanelMapper
{
    /// <summary>Parses and maps one patient's input; throws <see cref="FhirInputException"/> only for unreadable input.</summary>
    public static MappingResult Map(string json) => Map(FhirJson.Parse(json));

    public static MappingResult Map(Resource input)
    {
        var index = ResourceIndex.From(input);
        var (groups, unassigned) = PatientGrouper.Split(index);
        if (groups.Count > 1)
        {
            var empty = PanelAssembler.Assemble(index, null, []);
            return empty with
            {
                Errors = [new MappingIssue("patient", $"The input holds {groups.Count} patients; one evaluation takes one patient (use a batch for several).")],
            };
        }

        var result = PanelAssembler.Assemble(index, groups.FirstOrDefault()?.Patient, groups.FirstOrDefault()?.Observations ?? []);
        return unassigned.Count == 0 ? result : result with { Ignored = [.. result.Ignored, .. unassigned] };
    }

    /// <summary>One mapping per patient, for batches: Observations are matched to Patients by their subject.</summary>
    public static PatientSplit MapPerPatient(string json) => MapPerPatient(FhirJson.Parse(json));

    public static PatientSplit MapPerPatient(Resource input)
    {
        var index = ResourceIndex.From(input);
        var (groups, unassigned) = PatientGrouper.Split(index);
        return new PatientSplit(groups.Select(g => PanelAssembler.Assemble(index, g.Patient, g.Observations)).ToList(), unassigned);
    }
}
