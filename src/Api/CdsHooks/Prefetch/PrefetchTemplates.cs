namespace CdsService.Api.CdsHooks.Prefetch;

using CdsService.Fhir.Terminology;

/// <summary>
/// Prefetch templates (CDS Hooks 2.0 §Prefetch Template): only instance reads and type searches with a patient
/// reference and token equality, code or component-code (docs/cds-hooks.md D6, P1, P2). The LOINC codes are those the FHIR mapping reads
/// (src/Fhir Terminology.Loinc, docs/fhir.md); PTEN, Cyclin E,
/// EGFR... by IHC carry no fixed code of their own, only a gene-studied component (48018-6).
/// </summary>
public static class PrefetchTemplates
{
    public const string PatientKey = "patient";
    public const string Her2Key = "her2Observations";
    public const string MarkersKey = "markerObservations";
    public const string BiomarkersKey = "biomarkerObservations";


    /// <summary>HER2 status, IHC, ISH (presence, ratio, copies per nucleus, panel), tissue immunoassay.</summary>
    public static IReadOnlyList<string> Her2Codes { get; } =
    [
        Loinc.Her2Status, Loinc.Her2IhcBreast, Loinc.Her2IhcTissue, Loinc.Her2TissueImmunoassayPresence,
        Loinc.Her2TissueImmunoassayConcentration, Loinc.Her2IshBreast, Loinc.Her2IshTissue, Loinc.Her2IshTumor,
        Loinc.Her2Cep17Ratio, Loinc.Her2CopiesPerNucleus, Loinc.Cep17CopiesPerNucleus, Loinc.Her2FishPanel,
    ];

    /// <summary>Serum HER2 ECD, genomic variants and genotypes (PIK3CA, PTEN, CCNE1, FcγR).</summary>
    public static IReadOnlyList<string> MarkerCodes { get; } =
    [
        Loinc.SerumHer2EcdImmunoassay, Loinc.SerumHer2Ecd, Loinc.SerumHer2EcdPresence, Loinc.Variant, Loinc.Genotype,
    ];

    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [PatientKey] = "Patient/{{context.patientId}}",
        [Her2Key] = Search(Her2Codes),
        [MarkersKey] = Search(MarkerCodes),
        [BiomarkersKey] = $"Observation?patient={{{{context.patientId}}}}&component-code={CodeSystems.Loinc}|{Loinc.GeneStudied}",
    };

    private static string Search(IEnumerable<string> codes) =>
        "Observation?patient={{context.patientId}}&code=" + string.Join(',', codes.Select(c => $"{CodeSystems.Loinc}|{c}"));
}
