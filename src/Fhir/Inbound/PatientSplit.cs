namespace CdsService.Fhir.Inbound;

/// <summary>One mapping per patient of a multi-patient input, and the Observations no patient could claim.</summary>
public sealed record PatientSplit(IReadOnlyList<MappingResult> Patients, IReadOnlyList<IgnoredObservation> Unassigned)
{
    /// <summary>The syntax faults accepted in the input as a whole (docs/fhir.md, "Lenient read").</summary>
    public IReadOnlyList<MappingIssue> InputWarnings { get; init; } = [];
}
