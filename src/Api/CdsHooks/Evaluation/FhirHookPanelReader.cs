namespace CdsService.Api.CdsHooks.Evaluation;

using CdsService.Fhir;
using CdsService.Fhir.Inbound;
using CdsService.Rules.Model;

/// <summary>
/// The same inbound mapping as /fhir/$evaluate (docs/fhir.md): Observations it does not understand are
/// ignored, never an error; unreadable FHIR or a second patient in the prefetch is an error the client must fix.
/// </summary>
public sealed class FhirHookPanelReader : IHookPanelReader
{
    public (PatientPanel? Panel, IReadOnlyList<string> Errors) Read(string bundleJson)
    {
        try
        {
            var mapping = PatientPanelMapper.Map(bundleJson);
            return mapping.HasErrors
                ? (null, mapping.Errors.Select(e => $"prefetch {e.Field}: {e.Message}").ToList())
                : (mapping.Panel, []);
        }
        catch (FhirInputException ex)
        {
            return (null, ex.Issues.Select(i => "prefetch: " + i.Message).DefaultIfEmpty("prefetch: unreadable FHIR").ToList());
        }
    }
}
