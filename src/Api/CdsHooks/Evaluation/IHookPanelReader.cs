namespace CdsService.Api.CdsHooks.Evaluation;

using CdsService.Rules.Model;

/// <summary>The seam to src/Fhir's inbound mapping: a FHIR R4 JSON Bundle in, the patient's panel (or why not) out.</summary>
public interface IHookPanelReader
{
    (PatientPanel? Panel, IReadOnlyList<string> Errors) Read(string bundleJson);
}
