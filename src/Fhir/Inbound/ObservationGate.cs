namespace CdsService.Fhir.Inbound;

using CdsService.Fhir.Terminology;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

/// <summary>
/// Whether an Observation is a result the service may use at all (docs/fhir.md, "Observations not used"): only
/// <c>final</c>, <c>amended</c> and <c>corrected</c> results are (R4 ObservationStatus; a missing status is read as a
/// result, leniently); and no <c>modifierExtension</c>, because R4 (Extensibility, "Modifier Extensions") says a system that does not know a
/// modifier must not process the element as if it were absent, and this service knows none.
/// </summary>
internal static class ObservationGate
{
    public static string? WhyNotUsed(Observation o)
    {
        var status = o.Status is { } st ? EnumUtility.GetLiteral(st) : null;
        var why = o.Status switch
        {
            ObservationStatus.Preliminary => "status is preliminary: not a final result, never used for a status; the final result is awaited",
            ObservationStatus.Registered => "status is registered: no result is available yet",
            ObservationStatus.Cancelled or ObservationStatus.EnteredInError => $"status is {status}",
            ObservationStatus.Unknown => "status is unknown: not known to be a final result",
            _ => null,
        };
        if (why is not null) return why;
        var modifier = o.ModifierExtension.Concat(o.Component.SelectMany(c => c.ModifierExtension)).FirstOrDefault();
        return modifier is null ? null : $"it carries a modifierExtension this service does not know ({modifier.Url ?? "no url"}), which may change its meaning";
    }

    public static bool IsHer2(Observation o) =>
        ObservationFacts.LoincCodes(o.Code).Any(c => c is Loinc.Her2Status or Loinc.Her2Cep17Ratio or Loinc.Her2CopiesPerNucleus or Loinc.Her2FishPanel
            || Loinc.Her2Ihc.Contains(c) || Loinc.Her2Ish.Contains(c))
        || ObservationFacts.GeneStudied(o) == GeneIds.Erbb2;
}
