namespace CdsService.Fhir.Terminology;

/// <summary>
/// The medication every therapeutic implication assesses (docs/fhir.md, "Codes read", RxNorm ingredient). The Table 1 agents'
/// codes are knowledge-base data (AgentDefinition.RxNorm), not constants.
/// </summary>
public static class RxNormCodes
{
    public const string Trastuzumab = "224905";
    public const string TrastuzumabDisplay = "trastuzumab";
}
