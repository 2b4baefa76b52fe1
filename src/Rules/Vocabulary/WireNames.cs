namespace CdsService.Rules.Vocabulary;

using CdsService.Rules.Engine;
using CdsService.Rules.Model;

/// <summary>
/// The public spelling of the Rules enums (docs/clinical-rules.md: kebab-case, evidence levels uppercase). Written out
/// rather than derived from enum names so that renaming a C# member can never change the contract.
/// </summary>
public static class WireNames
{
    public static string Of(Her2Status status) => status switch
    {
        Her2Status.Positive => "positive",
        Her2Status.Negative => "negative",
        Her2Status.Equivocal => "equivocal",
        Her2Status.Pending => "pending",
        Her2Status.Indeterminate => "indeterminate",
        Her2Status.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Of(TrastuzumabIndication indication) => indication switch
    {
        TrastuzumabIndication.Yes => "yes",
        TrastuzumabIndication.No => "no",
        TrastuzumabIndication.Undetermined => "undetermined",
        _ => throw new ArgumentOutOfRangeException(nameof(indication), indication, null),
    };

    public static string Of(FindingEffect effect) => effect switch
    {
        FindingEffect.Resistance => "resistance",
        FindingEffect.ReducedBenefit => "reduced-benefit",
        FindingEffect.Uncertain => "uncertain",
        _ => throw new ArgumentOutOfRangeException(nameof(effect), effect, null),
    };

    public static string Of(EvidenceLevel level) => level switch
    {
        EvidenceLevel.A => "A",
        EvidenceLevel.B => "B",
        EvidenceLevel.C => "C",
        EvidenceLevel.D => "D",
        EvidenceLevel.X => "X",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static string Of(OptionDirection direction) => direction switch
    {
        OptionDirection.Supports => "supports",
        OptionDirection.Against => "against",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, null),
    };

    public static string Of(OptionRelevance relevance) => relevance switch
    {
        OptionRelevance.Specific => "specific",
        OptionRelevance.Mechanism => "mechanism",
        OptionRelevance.General => "general",
        _ => throw new ArgumentOutOfRangeException(nameof(relevance), relevance, null),
    };

    public static string Of(RuleOutcomeKind outcome) => outcome switch
    {
        RuleOutcomeKind.Fired => "fired",
        RuleOutcomeKind.NotFired => "not-fired",
        RuleOutcomeKind.NotApplicable => "not-applicable",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public static string Of(TrastuzumabHistory history) => history switch
    {
        TrastuzumabHistory.Naive => "naive",
        TrastuzumabHistory.Responding => "responding",
        TrastuzumabHistory.ProgressedAfterResponse => "progressed-after-response",
        TrastuzumabHistory.NoResponse => "no-response",
        TrastuzumabHistory.Progressed => "progressed",
        _ => throw new ArgumentOutOfRangeException(nameof(history), history, null),
    };

    public static string Of(VariantClassification classification) => classification switch
    {
        VariantClassification.Pathogenic => "pathogenic",
        VariantClassification.LikelyPathogenic => "likely-pathogenic",
        VariantClassification.Uncertain => "uncertain",
        VariantClassification.LikelyBenign => "likely-benign",
        VariantClassification.Benign => "benign",
        _ => throw new ArgumentOutOfRangeException(nameof(classification), classification, null),
    };

    public static string Of(RankingLens lens) => lens switch
    {
        RankingLens.Current => "current",
        RankingLens.Review => "review",
        _ => throw new ArgumentOutOfRangeException(nameof(lens), lens, null),
    };
}
