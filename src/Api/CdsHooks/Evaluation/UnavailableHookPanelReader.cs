namespace CdsService.Api.CdsHooks.Evaluation;

using CdsService.Rules.Model;

/// <summary>Registered only when no FHIR mapping is; fails loudly rather than advising on an empty panel.</summary>
public sealed class UnavailableHookPanelReader : IHookPanelReader
{
    public PatientPanel Read(string bundleJson) => throw new InvalidOperationException("No FHIR inbound mapping is registered.");
}
