namespace CdsService.Api.Batches.Processing;

using System.Text.Json;
using CdsService.Api.Persistence.Audit;
using CdsService.Rules.Model;

/// <summary>
/// The stored input of a FHIR batch item: the panel the FHIR mapping produced, wrapped as {"panel": ...} in the audit's
/// panel JSON. A FHIR panel can hold what the REST vocabulary cannot (a laboratory's "indeterminate" HER2 call), so it
/// is kept as the panel itself rather than as a REST request, and the worker evaluates it without reading FHIR again.
/// </summary>
internal static class StoredPanel
{
    // A REST request has no "panel" member, so this prefix tells the two stored forms apart without a column.
    private const string Prefix = "{\"panel\":";

    public static bool Holds(string inputJson) => inputJson.StartsWith(Prefix, StringComparison.Ordinal);

    public static string Write(PatientPanel panel) => JsonSerializer.Serialize(new Envelope(panel), AuditJson.PanelOptions);

    public static PatientPanel Read(string inputJson) =>
        JsonSerializer.Deserialize<Envelope>(inputJson, AuditJson.PanelOptions)?.Panel
        ?? throw new InvalidOperationException("a stored FHIR batch item holds no panel");

    private sealed record Envelope(PatientPanel Panel);
}
