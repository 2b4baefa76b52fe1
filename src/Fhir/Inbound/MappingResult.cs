namespace CdsService.Fhir.Inbound;

using CdsService.Rules.Model;

/// <summary>
/// What a FHIR input said about one patient: the panel for the rules, which Observations set which field, which
/// were not understood or were ignored (with the reason), and the errors that block an evaluation.
/// </summary>
public sealed record MappingResult(
    PatientPanel Panel,
    IReadOnlyList<UsedObservation> Used,
    IReadOnlyList<IgnoredObservation> NotUnderstood,
    IReadOnlyList<IgnoredObservation> Ignored,
    IReadOnlyList<MappingIssue> Errors,
    IReadOnlyList<MappingIssue> Warnings,
    InputResource? Patient)
{
    public bool HasErrors => Errors.Count > 0;

    /// <summary>
    /// The syntax faults accepted in the input (docs/fhir.md, "Lenient read"), also at the head of <see cref="Warnings"/>:
    /// none changes what was read, so a card may summarise them.
    /// </summary>
    public IReadOnlyList<MappingIssue> InputWarnings { get; init; } = [];

    /// <summary>The input's resources, so that the answer can carry the Observations it was derived from.</summary>
    public ResourceIndex? Inputs { get; init; }
}

/// <summary>
/// One Observation that set a panel field. <see cref="Reference"/> is the entry's fullUrl, else "Observation/id",
/// else its position; <see cref="Field"/> is the REST field path (e.g. "her2.ish.her2Cep17Ratio").
/// </summary>
public sealed record UsedObservation(
    string Reference,
    string? ResourceId,
    string Code,
    string MarkerId,
    string Field,
    string Value,
    DateTimeOffset? Effective);

/// <summary>An Observation (or other resource) left out, with why.</summary>
public sealed record IgnoredObservation(string Reference, string? ResourceId, string? Code, string Reason);

/// <summary>A problem tied to a field of the panel or to the input as a whole (e.g. an unconvertible ECD unit).</summary>
public sealed record MappingIssue(string Field, string Message, string? Reference = null);
