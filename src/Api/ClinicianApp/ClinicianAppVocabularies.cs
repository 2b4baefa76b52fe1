namespace CdsService.Api.ClinicianApp;

using CdsService.Rules.Vocabulary;

/// <summary>
/// The form's choices: each enumerated field of the REST request, under the JSON path of that field (the key of its
/// problem+json field error), with the terms the validator accepts, in contract order.
/// </summary>
public static class ClinicianAppVocabularies
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> All { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["her2.ihc"] = InputVocabularies.Ihc.Terms,
        ["her2.ish.assay"] = InputVocabularies.IshAssay.Terms,
        ["her2.reportedStatus"] = InputVocabularies.ReportedStatus.Terms,
        ["pten"] = InputVocabularies.Pten.Terms,
        ["pik3ca.status"] = InputVocabularies.Pik3ca.Terms,
        ["pik3ca.classification"] = InputVocabularies.VariantClassification.Terms,
        ["cyclinE"] = InputVocabularies.CyclinE.Terms,
        ["fcgr3a158"] = InputVocabularies.Fcgr3a158.Terms,
        ["fcgr2a131"] = InputVocabularies.Fcgr2a131.Terms,
        ["serumHer2Ecd.unit"] = [InputVocabularies.SerumHer2EcdUnit],
        ["p95Her2"] = InputVocabularies.P95Her2.Terms,
        ["egfr"] = InputVocabularies.Expression.Terms,
        ["erbb3"] = InputVocabularies.Expression.Terms,
        ["igf1r"] = InputVocabularies.Expression.Terms,
        ["muc4"] = InputVocabularies.Expression.Terms,
        ["cd44"] = InputVocabularies.Expression.Terms,
        ["src"] = InputVocabularies.Src.Terms,
        ["p27"] = InputVocabularies.P27.Terms,
        ["trastuzumabHistory"] = InputVocabularies.TrastuzumabHistory.Terms,
        ["ranking"] = InputVocabularies.RankingLens.Terms,
    };
}
