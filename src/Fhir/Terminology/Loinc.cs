namespace CdsService.Fhir.Terminology;

/// <summary>LOINC observation codes read and written (docs/fhir.md).</summary>
public static class Loinc
{
    public const string Her2Status = "48676-1";
    public const string Her2IhcBreast = "85319-2";
    public const string Her2IhcTissue = "18474-7";
    public const string Her2IshBreast = "85318-4";
    public const string Her2IshTissue = "31150-6";
    public const string Her2IshTumor = "96893-3";
    public const string Her2Cep17Ratio = "49683-6";
    public const string Her2CopiesPerNucleus = "74860-8";
    public const string Cep17CopiesPerNucleus = "74861-6";
    public const string Her2FishPanel = "74885-5";
    public const string Her2TissueImmunoassayPresence = "72383-3";
    public const string Her2TissueImmunoassayConcentration = "72382-5";
    public const string SerumHer2EcdImmunoassay = "42914-2";
    public const string SerumHer2Ecd = "32996-1";
    public const string SerumHer2EcdPresence = "51981-9";

    public const string Variant = "69548-6";
    public const string Genotype = "84413-4";
    public const string GeneStudied = "48018-6";
    public const string ProteinHgvs = "48005-3";
    public const string CodingHgvs = "48004-6";
    public const string VariationCode = "81252-9";
    public const string AllelicState = "53034-5";
    public const string CopyNumber = "82155-3";
    public const string CodingChangeType = "48019-4";
    public const string CopyNumberChange = "62378-5";
    public const string ClinicalSignificance = "53037-8";

    public const string MedicationAssessed = "51963-7";
    public const string PhenotypicTreatmentContext = "81259-4";

    /// <summary>ER and PR (mCODE TumorMarkerTestVS): understood, but not inputs of the review's rules.</summary>
    public static IReadOnlySet<string> HormoneReceptors { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "85337-4", "16112-5", "85329-1", "40556-3", "14228-1",
        "85339-0", "16113-3", "85325-9", "40557-1", "14230-7",
    };

    public static IReadOnlySet<string> Her2Ihc { get; } = new HashSet<string>(StringComparer.Ordinal) { Her2IhcBreast, Her2IhcTissue };

    public static IReadOnlySet<string> Her2Ish { get; } =
        new HashSet<string>(StringComparer.Ordinal) { Her2IshBreast, Her2IshTissue, Her2IshTumor };

    public static IReadOnlySet<string> SerumEcd { get; } =
        new HashSet<string>(StringComparer.Ordinal) { SerumHer2EcdImmunoassay, SerumHer2Ecd };
}
