namespace CdsService.Fhir.Terminology;

/// <summary>
/// This service's own vocabularies (docs/fhir.md, "Codes"): agent ids, mechanisms, findings, levels and so on have no
/// standard code system, so they travel under these URNs, always next to a standard coding where one exists.
/// </summary>
public static class LocalCodeSystems
{
    public const string Agent = "urn:cdsservice:agent";
    public const string Finding = "urn:cdsservice:finding";
    public const string FindingEffect = "urn:cdsservice:finding-effect";
    public const string Mechanism = "urn:cdsservice:mechanism";
    public const string EvidenceLevel = "urn:cdsservice:evidence-level";
    public const string OptionDirection = "urn:cdsservice:option-direction";
    public const string OptionRelevance = "urn:cdsservice:option-relevance";
    public const string OptionKind = "urn:cdsservice:option-kind";
    public const string Her2Status = "urn:cdsservice:her2-status";
    public const string TrastuzumabIndication = "urn:cdsservice:trastuzumab-indication";
    public const string RequiredAction = "urn:cdsservice:required-action";
    public const string Warning = "urn:cdsservice:warning";
    public const string Note = "urn:cdsservice:note";
    public const string ObservationComponent = "urn:cdsservice:observation-component";
    public const string Module = "urn:cdsservice:module";
    public const string Mapping = "urn:cdsservice:mapping";
    public const string PanelField = "urn:cdsservice:panel-field";
    public const string OverrideReason = "urn:cdsservice:override-reason";
}
