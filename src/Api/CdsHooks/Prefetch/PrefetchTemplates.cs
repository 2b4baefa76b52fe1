namespace CdsService.Api.CdsHooks.Prefetch;

using CdsService.Fhir.Terminology;

/// <summary>
/// Prefetch templates (CDS Hooks 2.0 §Prefetch Template): only instance reads and type searches with a patient
/// reference and token equality, code or component-code (checklist D6, P1, P2). The LOINC codes are those the FHIR mapping reads
/// (shared/knowledge/fhir-codes.md sections 3.2-3.7).
/// </summary>
public static class PrefetchTemplates
{
    public const string PatientKey = "patient";
    public const string Her2Key = "her2Observations";
    public const string MarkersKey = "markerObservations";
    public const string BiomarkersKey = "biomarkerObservations";

    /// <summary>Genomics Reporting gene-studied component: PTEN, Cyclin E, EGFR... by IHC carry no fixed code of their own.</summary>
    public const string GeneStudied = "48018-6";

    /// <summary>HER2 status, IHC, ISH (presence, ratio, copies per nucleus, panel).</summary>
    public static IReadOnlyList<string> Her2Codes { get; } =
    [
        "48676-1", "85319-2", "18474-7", "72383-3", "72382-5", "85318-4", "31150-6", "96893-3",
        "49683-6", "74860-8", "74861-6", "74885-5",
    ];

    /// <summary>Serum HER2 ECD, genomic variants and genotypes (PIK3CA, PTEN, CCNE1, FcγR), molecular biomarkers.</summary>
    public static IReadOnlyList<string> MarkerCodes { get; } =
    [
        "42914-2", "32996-1", "51981-9", "69548-6", "84413-4",
    ];

    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [PatientKey] = "Patient/{{context.patientId}}",
        [Her2Key] = Search(Her2Codes),
        [MarkersKey] = Search(MarkerCodes),
        [BiomarkersKey] = $"Observation?patient={{{{context.patientId}}}}&component-code={CodeSystems.Loinc}|{GeneStudied}",
    };

    private static string Search(IEnumerable<string> codes) =>
        "Observation?patient={{context.patientId}}&code=" + string.Join(',', codes.Select(c => $"{CodeSystems.Loinc}|{c}"));
}
