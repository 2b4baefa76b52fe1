namespace CdsService.Fhir.Terminology;

/// <summary>LOINC answer and SNOMED CT result codes (docs/fhir.md).</summary>
public static class AnswerCodes
{
    public const string Ihc0 = "LA6111-4";
    public const string Ihc1Plus = "LA11841-6";
    public const string Ihc2Plus = "LA11842-4";
    public const string Ihc3Plus = "LA11843-2";
    public const string IhcIndeterminate = "LA11884-6";
    public const string Positive = "LA6576-8";
    public const string Negative = "LA6577-6";
    public const string Equivocal = "LA11885-3";
    public const string Present = "LA9633-4";
    public const string Absent = "LA9634-2";
    public const string Homozygous = "LA6705-3";
    public const string Heterozygous = "LA6706-1";

    /// <summary>Genomics Reporting answer list LL4034-6 (clinical significance).</summary>
    public const string Pathogenic = "LA6668-3";
    public const string LikelyPathogenic = "LA26332-9";
    public const string UncertainSignificance = "LA26333-7";
    public const string LikelyBenign = "LA26334-5";
    public const string Benign = "LA6675-8";

    /// <summary>Copy number change (62378-5).</summary>
    public const string CopyNumberGain = "LA14033-7";
    public const string CopyNumberLoss = "LA14034-5";

    /// <summary>Therapeutic implication answers (Genomics Reporting GeneticTherapeuticImplicationsVS).</summary>
    public const string Resistant = "LA6676-6";

    public const string SctPositive = "10828004";
    public const string SctNegative = "260385009";
    public const string SctEquivocal = "280414007";
    public const string SctHer2PositiveCarcinoma = "427685000";
    public const string SctHer2NegativeCarcinoma = "431396003";

    /// <summary>HER2-low (seen in a German MII example; not confirmed in a terminology server): a negative call.</summary>
    public const string SctHer2Low = "1381317004";
}
