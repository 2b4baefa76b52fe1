namespace CdsService.Fhir.Inbound.Lenient;

using Hl7.Fhir.Model;

/// <summary>
/// Removes an element the deserializer could not read from an Observation, so that nothing reads it (its getter would
/// throw). Only Observations no marker mapper claims are read after this; the others are refused (<see cref="LenientInput"/>).
/// </summary>
internal static class UnreadableObservation
{
    /// <summary>The Observation elements the mappers and the status gate read (docs/fhir.md, "What is read").</summary>
    public static readonly HashSet<string> ReadElements = new(StringComparer.Ordinal)
    {
        "id", "status", "code", "subject", "effective", "issued", "value", "interpretation", "component", "hasMember", "derivedFrom",
        "modifierExtension",
    };

    // A modifierExtension that cannot be read still modifies the Observation: the gate must keep refusing it.
    private const string UnreadableModifier = "urn:cds-service:unreadable-modifier-extension";

    public static void Strip(Observation o, string element, int? index)
    {
        switch (element)
        {
            case "id": o.Id = null; break;
            case "status": o.StatusElement = new Code<ObservationStatus>(); break;
            case "code": o.Code = new CodeableConcept(); break;
            case "subject": o.Subject = null; break;
            case "effective": o.Effective = null; break;
            case "issued": o.IssuedElement = null; break;
            case "value": o.Value = null; break;
            case "interpretation": o.Interpretation.Clear(); break;
            case "component" when index is { } i && i < o.Component.Count: o.Component[i] = new Observation.ComponentComponent(); break;
            case "component": o.Component.Clear(); break;
            case "hasMember": o.HasMember.Clear(); break;
            case "derivedFrom": o.DerivedFrom.Clear(); break;
            case "modifierExtension": o.ModifierExtension = [new Extension { Url = UnreadableModifier }]; break;
        }
    }
}
