namespace CdsService.Api.CdsHooks.Evaluation;

using CdsService.Rules.Model;

/// <summary>The seam to src/Fhir's inbound mapping: a FHIR R4 JSON Bundle in, the patient's panel (or why not) out.</summary>
public interface IHookPanelReader
{
    /// <summary>Reads only what belongs to <paramref name="patientId"/> on <paramref name="fhirServer"/> (docs/fhir.md, "Whose data").</summary>
    HookPanelReading Read(string bundleJson, string patientId, Uri? fhirServer);
}

/// <summary>The panel, or the errors that block it; and every resource not used, as "reference: reason".</summary>
public sealed record HookPanelReading(PatientPanel? Panel, IReadOnlyList<string> Errors, IReadOnlyList<string> NotUsed);
