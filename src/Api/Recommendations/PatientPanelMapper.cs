namespace CdsService.Api.Recommendations;

using CdsService.Api.Recommendations.Contracts;
using CdsService.Rules.Vocabulary;
using CdsService.Rules.Model;

/// <summary>A validated REST request to the Rules model. Runs only after the validator has accepted the request.</summary>
public static class PatientPanelMapper
{
    public static PatientPanel ToPanel(RecommendationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new PatientPanel
        {
            PatientId = request.PatientId,
            Her2 = ToHer2(request.Her2),
            Pten = InputVocabularies.Pten.ParseOptional(request.Pten),
            Pik3ca = request.Pik3ca is { } pik3ca
                ? new Pik3caResult(
                    InputVocabularies.Pik3ca.Parse(pik3ca.Status!),
                    [.. (pik3ca.Variants ?? []).Select(x => x.Trim())],
                    InputVocabularies.VariantClassification.ParseOptional(pik3ca.Classification))
                : null,
            CyclinE = InputVocabularies.CyclinE.ParseOptional(request.CyclinE),
            Fcgr3a158 = InputVocabularies.Fcgr3a158.ParseOptional(request.Fcgr3a158),
            Fcgr2a131 = InputVocabularies.Fcgr2a131.ParseOptional(request.Fcgr2a131),
            SerumHer2EcdNgPerMl = request.SerumHer2Ecd?.Value,
            P95Her2 = InputVocabularies.P95Her2.ParseOptional(request.P95Her2),
            Egfr = InputVocabularies.Expression.ParseOptional(request.Egfr),
            Erbb3 = InputVocabularies.Expression.ParseOptional(request.Erbb3),
            Igf1r = InputVocabularies.Expression.ParseOptional(request.Igf1r),
            Muc4 = InputVocabularies.Expression.ParseOptional(request.Muc4),
            Cd44 = InputVocabularies.Expression.ParseOptional(request.Cd44),
            Src = InputVocabularies.Src.ParseOptional(request.Src),
            P27 = InputVocabularies.P27.ParseOptional(request.P27),
            TrastuzumabHistory = InputVocabularies.TrastuzumabHistory.ParseOptional(request.TrastuzumabHistory),
        };
    }

    /// <summary>The ranking lens of a validated request; absent means "current".</summary>
    public static RankingLens ToLens(string? ranking) => InputVocabularies.RankingLens.ParseOptional(ranking) ?? RankingLens.Current;

    private static Her2Tests? ToHer2(Her2Input? her2) => her2 is null
        ? null
        : new Her2Tests(
            InputVocabularies.Ihc.ParseOptional(her2.Ihc),
            her2.IhcMembraneStaining,
            her2.Ish is { } ish
                ? new IshResult(InputVocabularies.IshAssay.Parse(ish.Assay!), ish.Her2Cep17Ratio, ish.MeanHer2CopiesPerCell, ish.RecountGroup)
                : null,
            InputVocabularies.ReportedStatus.ParseOptional(her2.ReportedStatus));
}
