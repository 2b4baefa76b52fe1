namespace CdsService.Api.CdsHooks.Evaluation;

using CdsService.Fhir;
using CdsService.Fhir.Inbound;

/// <summary>
/// The same inbound mapping as /fhir/$evaluate (docs/fhir.md): Observations it does not understand or may not use are
/// listed, never an error; only the hook's patient is read; unreadable FHIR is an error the client must fix.
/// </summary>
public sealed class FhirHookPanelReader : IHookPanelReader
{
    // Syntax faults that change nothing read do not matter to the clinician: one line, the FHIR answer lists them (docs/fhir.md, "Lenient read").
    private static IEnumerable<string> AcceptedFaults(int count) =>
        count == 0 ? [] : [$"{count} FHIR syntax fault(s) in the EHR data were accepted: none changes what was read (the $evaluate outcome lists each)"];

    public HookPanelReading Read(string bundleJson, string patientId, Uri? fhirServer)
    {
        try
        {
            var mapping = PatientPanelMapper.MapFor(bundleJson, patientId, fhirServer?.AbsoluteUri);
            var notUsed = mapping.Ignored.Concat(mapping.NotUnderstood).Select(i => $"{i.Reference}: {i.Reason}")
                .Concat(mapping.Warnings.Where(w => !mapping.InputWarnings.Contains(w)).Select(w => w.Message))
                .Concat(AcceptedFaults(mapping.InputWarnings.Count))
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
