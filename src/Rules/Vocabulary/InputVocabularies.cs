namespace CdsService.Rules.Vocabulary;

using CdsService.Rules.Model;

/// <summary>
/// Every enumerated value the REST contract accepts (README.md, "A first call"), in one place so that the FHIR and CSV
/// inputs can share it once it moves to Rules. Free of ASP.NET types for that reason.
/// </summary>
public static class InputVocabularies
{
    public static Vocabulary<IhcScore> Ihc { get; } = new(
        [new("0", IhcScore.Zero), new("1+", IhcScore.One), new("2+", IhcScore.Two), new("3+", IhcScore.Three)],
        // LOINC answer list LL4184-6 for 48676-1/85319-2 (docs/clinical-rules.md, docs/fhir.md).
        [new("LA6111-4", IhcScore.Zero), new("LA11841-6", IhcScore.One), new("LA11842-4", IhcScore.Two), new("LA11843-2", IhcScore.Three)],
        IhcNotation.Normalize);

    public static Vocabulary<IshAssay> IshAssay { get; } = new(
        [new("dual-probe", Rules.Model.IshAssay.DualProbe), new("single-probe", Rules.Model.IshAssay.SingleProbe)]);

    /// <summary>Only the calls a laboratory reports; pending/indeterminate/unknown are the service's own outputs.</summary>
    public static Vocabulary<Her2Status> ReportedStatus { get; } = new(
        [new("positive", Her2Status.Positive), new("negative", Her2Status.Negative), new("equivocal", Her2Status.Equivocal)]);

    public static Vocabulary<PtenStatus> Pten { get; } = new([new("intact", PtenStatus.Intact), new("loss", PtenStatus.Loss)]);

    public static Vocabulary<Pik3caStatus> Pik3ca { get; } = new(
        [new("wild-type", Pik3caStatus.WildType), new("mutated", Pik3caStatus.Mutated)],
        [new("wildtype", Pik3caStatus.WildType)]);

    public static Vocabulary<CyclinEStatus> CyclinE { get; } = new(
        [new("normal", CyclinEStatus.Normal), new("amplified", CyclinEStatus.Amplified), new("overexpressed", CyclinEStatus.Overexpressed)]);

    public static Vocabulary<Fcgr3a158Genotype> Fcgr3a158 { get; } = new(
        [new("V/V", Fcgr3a158Genotype.VV), new("V/F", Fcgr3a158Genotype.VF), new("F/F", Fcgr3a158Genotype.FF)],
        // The heterozygote is written either way round in laboratory reports.
        [new("F/V", Fcgr3a158Genotype.VF)]);

    public static Vocabulary<Fcgr2a131Genotype> Fcgr2a131 { get; } = new(
        [new("H/H", Fcgr2a131Genotype.HH), new("H/R", Fcgr2a131Genotype.HR), new("R/R", Fcgr2a131Genotype.RR)],
        [new("R/H", Fcgr2a131Genotype.HR)]);

    public static Vocabulary<P95Her2Status> P95Her2 { get; } = new([new("present", P95Her2Status.Present), new("absent", P95Her2Status.Absent)]);

    /// <summary>EGFR, ErbB3, IGF-1R, Muc4 and CD44 share one scale.</summary>
    public static Vocabulary<ExpressionLevel> Expression { get; } = new(
        [new("overexpressed", ExpressionLevel.Overexpressed), new("normal", ExpressionLevel.Normal)]);

    public static Vocabulary<SrcActivity> Src { get; } = new([new("activated", SrcActivity.Activated), new("normal", SrcActivity.Normal)]);

    public static Vocabulary<P27Localization> P27 { get; } = new(
        [new("nuclear", P27Localization.Nuclear), new("cytoplasmic", P27Localization.Cytoplasmic), new("low", P27Localization.Low)]);

    public static Vocabulary<TrastuzumabHistory> TrastuzumabHistory { get; } = new(
        [
            new("naive", Rules.Model.TrastuzumabHistory.Naive),
            new("responding", Rules.Model.TrastuzumabHistory.Responding),
            new("progressed-after-response", Rules.Model.TrastuzumabHistory.ProgressedAfterResponse),
            new("no-response", Rules.Model.TrastuzumabHistory.NoResponse),
            new("progressed", Rules.Model.TrastuzumabHistory.Progressed),
        ]);

    /// <summary>ACMG/AMP terms as laboratories print them; the two-word forms and the usual abbreviations are accepted.</summary>
    public static Vocabulary<VariantClassification> VariantClassification { get; } = new(
        [
            new("pathogenic", Rules.Model.VariantClassification.Pathogenic),
            new("likely-pathogenic", Rules.Model.VariantClassification.LikelyPathogenic),
            new("uncertain", Rules.Model.VariantClassification.Uncertain),
            new("likely-benign", Rules.Model.VariantClassification.LikelyBenign),
            new("benign", Rules.Model.VariantClassification.Benign),
        ],
        [
            new("likely pathogenic", Rules.Model.VariantClassification.LikelyPathogenic),
            new("uncertain significance", Rules.Model.VariantClassification.Uncertain),
            new("vus", Rules.Model.VariantClassification.Uncertain),
            new("likely benign", Rules.Model.VariantClassification.LikelyBenign),
        ]);

    /// <summary>The ranking lens of the request; absent means <see cref="Model.RankingLens.Current"/>.</summary>
    public static Vocabulary<RankingLens> RankingLens { get; } = new(
        [new("current", Rules.Model.RankingLens.Current), new("review", Rules.Model.RankingLens.Review)]);

    /// <summary>The one accepted unit of serum HER2 ECD: assays report ng/mL and the 15 ng/mL cut-off is in it.</summary>
    public const string SerumHer2EcdUnit = "ng/mL";
}
