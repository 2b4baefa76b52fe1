namespace CdsService.Api.CdsHooks.Evaluation;

using CdsService.Fhir;
using CdsService.Fhir.Inbound;

/// <summary>
/// The same inbound mapping as /fhir/$evaluate (docs/fhir.md): Observations it does not understand or may not use are
/// listed, never an error; only the hook's patient is read; unreadable FHIR is an error the client must fix.
/// </summary>
public sealed class FhirHookPanelReader : IHookPanelReader
{
    public HookPanelReading Read(string bundleJson, string patientId, Uri? fhirServer)
    {
        try
        {
            var mapping = PatientPanelMapper.MapFor(bundleJson, patientId, fhirServer?.AbsoluteUri);
            var notUsed = mapping.Ignored.Concat(mapping.NotUnderstood).Select(i => $"{i.Reference}: {i.Reason}")
                .Concat(mapping.Warnings.Select(w => w.Message))
                .ToList();
            return mapping.HasErrors
                ? new(null, mapping.Errors.Select(e => $"prefetch {e.Field}: {e.Message}").ToList(), notUsed)
                : new(mapping.Panel, [], notUsed);
        }
        catch (FhirInputException ex)
        {
            return new(null, ex.Issues.Select(i => "prefetch: " + i.Message).DefaultIfEmpty("prefetch: unreadable FHIR").ToList(), []);
        }
    }
}
