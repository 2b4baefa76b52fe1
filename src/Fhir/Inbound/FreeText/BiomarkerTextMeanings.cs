namespace CdsService.Fhir.Inbound;

using CdsService.Rules.Model;
using static TextTerm;

/// <summary>
/// Per marker, which concepts and negations set which value (docs/fhir.md, "Free-text results"). A concept that leaves
/// two values open is absent on purpose: "not low" EGFR could be normal or overexpressed, "not nuclear" p27 could be
/// cytoplasmic or low, an amplification is not an overexpression, and "present" says nothing of SRC activity.
/// </summary>
internal static class BiomarkerTextMeanings
{
    public static readonly TextMeaning<PtenStatus> Pten = new("PTEN", new Dictionary<TermReading, PtenStatus>
    {
        [Yes(Loss)] = PtenStatus.Loss, [No(Loss)] = PtenStatus.Intact,
        [Yes(Intact)] = PtenStatus.Intact, [No(Intact)] = PtenStatus.Loss,
        [Yes(Positive)] = PtenStatus.Intact, [No(Positive)] = PtenStatus.Loss,
        [Yes(Present)] = PtenStatus.Intact, [No(Present)] = PtenStatus.Loss,
        [Yes(Normal)] = PtenStatus.Intact, [Yes(High)] = PtenStatus.Intact, [Yes(Overexpressed)] = PtenStatus.Intact,
    }, Nuclear, Cytoplasmic);

    public static readonly TextMeaning<CyclinEStatus> CyclinE = new("Cyclin E", new Dictionary<TermReading, CyclinEStatus>
    {
        [Yes(Amplified)] = CyclinEStatus.Amplified, [Yes(Gain)] = CyclinEStatus.Amplified,
        [No(Amplified)] = CyclinEStatus.Normal, [No(Gain)] = CyclinEStatus.Normal,
        [Yes(High)] = CyclinEStatus.Overexpressed, [Yes(Overexpressed)] = CyclinEStatus.Overexpressed, [Yes(Positive)] = CyclinEStatus.Overexpressed,
        [No(High)] = CyclinEStatus.Normal, [No(Overexpressed)] = CyclinEStatus.Normal, [No(Positive)] = CyclinEStatus.Normal, [No(Present)] = CyclinEStatus.Normal,
        [Yes(Normal)] = CyclinEStatus.Normal, [Yes(Low)] = CyclinEStatus.Normal,
    }, Nuclear, Cytoplasmic);

    public static readonly TextMeaning<Pik3caStatus> Pik3ca = new("PIK3CA", new Dictionary<TermReading, Pik3caStatus>
    {
        [Yes(Mutated)] = Pik3caStatus.Mutated, [No(Mutated)] = Pik3caStatus.WildType,
        [Yes(WildType)] = Pik3caStatus.WildType, [No(WildType)] = Pik3caStatus.Mutated,
        [Yes(Positive)] = Pik3caStatus.Mutated, [No(Positive)] = Pik3caStatus.WildType,
        [Yes(Present)] = Pik3caStatus.Mutated, [No(Present)] = Pik3caStatus.WildType,
    });

    public static readonly TextMeaning<SrcActivity> Src = new("SRC", new Dictionary<TermReading, SrcActivity>
    {
        [Yes(Activated)] = SrcActivity.Activated, [No(Activated)] = SrcActivity.Normal,
        [Yes(Positive)] = SrcActivity.Activated, [No(Positive)] = SrcActivity.Normal,
        [Yes(High)] = SrcActivity.Activated, [No(High)] = SrcActivity.Normal,
        [Yes(Normal)] = SrcActivity.Normal, [Yes(Low)] = SrcActivity.Normal,
    }, Nuclear, Cytoplasmic);

    public static readonly TextMeaning<P27Localization> P27 = new("p27", new Dictionary<TermReading, P27Localization>
    {
        [Yes(Nuclear)] = P27Localization.Nuclear, [Yes(Cytoplasmic)] = P27Localization.Cytoplasmic,
        [Yes(Low)] = P27Localization.Low, [Yes(Loss)] = P27Localization.Low,
        [No(Positive)] = P27Localization.Low, [No(Present)] = P27Localization.Low,
    });

    public static TextMeaning<ExpressionLevel> Expression(string marker) => new(marker, new Dictionary<TermReading, ExpressionLevel>
    {
        [Yes(High)] = ExpressionLevel.Overexpressed, [No(High)] = ExpressionLevel.Normal,
        [Yes(Overexpressed)] = ExpressionLevel.Overexpressed, [No(Overexpressed)] = ExpressionLevel.Normal,
        [Yes(Positive)] = ExpressionLevel.Overexpressed, [No(Positive)] = ExpressionLevel.Normal,
        [No(Present)] = ExpressionLevel.Normal, [Yes(Normal)] = ExpressionLevel.Normal, [Yes(Low)] = ExpressionLevel.Normal,
    }, Nuclear, Cytoplasmic);

    private static TermReading Yes(TextTerm t) => new(t, false);

    private static TermReading No(TextTerm t) => new(t, true);
}
