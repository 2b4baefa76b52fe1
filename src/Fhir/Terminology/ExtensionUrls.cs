namespace CdsService.Fhir.Terminology;

/// <summary>
/// This service's own extensions (docs/fhir.md, "Extensions"): what R4 has no element for (the ranking lens, an agent's
/// availability, a rank reason, a dated note, a source). Logical URNs beside <see cref="LocalCodeSystems"/>: R4
/// Extension.url may be a logical name.
/// </summary>
public static class ExtensionUrls
{
    /// <summary>On the RequestGroup: sub-extensions lens (code), policyVersion (string), text (string).</summary>
    public const string Ranking = "urn:cdsservice:extension:ranking";

    /// <summary>An agent's availability today: status (code), tier (integer), label, indication, note, asOf (string), verified (boolean), source*.</summary>
    public const string Availability = "urn:cdsservice:extension:availability";

    /// <summary>One ranking key of an option, valueString, repeated in the order the lens applies them.</summary>
    public const string RankReason = "urn:cdsservice:extension:rank-reason";

    /// <summary>A dated note: id (id), asOf (string), asOfKind (code: event or search), note, clinicianNote (string), verified (boolean), source*.</summary>
    public const string DatedNote = "urn:cdsservice:extension:dated-note";

    /// <summary>Sub-extension of availability and dated-note: url (uri), kind (code), detail (string), reliedOn (boolean).</summary>
    public const string Source = "source";
}
