namespace CdsService.Fhir.Inbound;

using CdsService.Fhir.Inbound.Lenient;
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
    public static MappingResult Map(string json) => LenientInput.Read(json).Map(Map);

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
        return WithIncompletePages(unassigned.Count == 0 ? result : result with { Ignored = [.. result.Ignored, .. unassigned] }, index);
    }

    /// <summary>
    /// The CDS Hooks path: only the hook's patient is read (docs/fhir.md, "Whose data"); <paramref name="fhirServer"/>
    /// is the hook's FHIR server, against which absolute subject references must point.
    /// </summary>
    public static MappingResult MapFor(string json, string patientId, string? fhirServer)
    {
        ArgumentException.ThrowIfNullOrEmpty(patientId);
        return LenientInput.Read(json).Map(root =>
        {
            var index = ResourceIndex.From(root);
            var (patient, observations, notUsed) = PatientGrouper.ForPatient(index, patientId, fhirServer);
            var result = PanelAssembler.Assemble(index, patient, observations);
            return WithIncompletePages(result with { Ignored = [.. result.Ignored, .. notUsed] }, index);
        });
    }

    private static MappingResult WithIncompletePages(MappingResult result, ResourceIndex index) =>
        index.IncompletePages.Count == 0 ? result : result with
        {
            Warnings = [.. result.Warnings, .. index.IncompletePages.Select(next => new MappingIssue(
                "input", $"a search page of the input has a next link ({next}): the data may be incomplete, and only the resources sent were read"))],
        };

    /// <summary>One mapping per patient, for batches: Observations are matched to Patients by their subject.</summary>
    public static PatientSplit MapPerPatient(string json)
    {
        var input = LenientInput.Read(json, JsonShapeLimits.Batch);
        return input.Use(MapPerPatient) with { InputWarnings = input.Warnings };
    }

    public static PatientSplit MapPerPatient(Resource input)
    {
        var index = ResourceIndex.From(input);
        var (groups, unassigned) = PatientGrouper.Split(index);
        return new PatientSplit(groups.Select(g => PanelAssembler.Assemble(index, g.Patient, g.Observations)).ToList(), unassigned);
    }
}
