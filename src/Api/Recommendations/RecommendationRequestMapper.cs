namespace CdsService.Api.Recommendations;

using CdsService.Api.Recommendations.Contracts;
using CdsService.Rules.Model;
using CdsService.Rules.Vocabulary;

/// <summary>
/// The inverse of <see cref="PatientPanelMapper"/>: a panel and its lens as the REST request that would have produced
/// them, in the documented terms (docs/persistence.md, "What input_json holds"). What the REST contract cannot say is
/// returned apart, in <see cref="WireInput.NotExpressibleInRest"/>, so that nothing the rules read is lost.
/// </summary>
public static class RecommendationRequestMapper
{
    public static WireInput ToWire(PatientPanel panel, RankingLens lens)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var request = new RecommendationRequest
        {
            PatientId = panel.PatientId,
            Her2 = ToHer2(panel.Her2),
            Pten = InputVocabularies.Pten.TermOptional(panel.Pten),
            Pik3ca = panel.Pik3ca is { } pik3ca
                ? new Pik3caInput
                {
                    Status = InputVocabularies.Pik3ca.Term(pik3ca.Status),
                    Variants = pik3ca.Variants.Count == 0 ? null : pik3ca.Variants,
                    Classification = InputVocabularies.VariantClassification.TermOptional(pik3ca.Classification),
                }
                : null,
            CyclinE = InputVocabularies.CyclinE.TermOptional(panel.CyclinE),
            Fcgr3a158 = InputVocabularies.Fcgr3a158.TermOptional(panel.Fcgr3a158),
            Fcgr2a131 = InputVocabularies.Fcgr2a131.TermOptional(panel.Fcgr2a131),
            SerumHer2Ecd = panel.SerumHer2EcdNgPerMl is { } ecd ? new SerumHer2EcdInput { Value = ecd, Unit = InputVocabularies.SerumHer2EcdUnit } : null,
            P95Her2 = InputVocabularies.P95Her2.TermOptional(panel.P95Her2),
            Egfr = InputVocabularies.Expression.TermOptional(panel.Egfr),
            Erbb3 = InputVocabularies.Expression.TermOptional(panel.Erbb3),
            Igf1r = InputVocabularies.Expression.TermOptional(panel.Igf1r),
            Muc4 = InputVocabularies.Expression.TermOptional(panel.Muc4),
            Cd44 = InputVocabularies.Expression.TermOptional(panel.Cd44),
            Src = InputVocabularies.Src.TermOptional(panel.Src),
            P27 = InputVocabularies.P27.TermOptional(panel.P27),
            TrastuzumabHistory = InputVocabularies.TrastuzumabHistory.TermOptional(panel.TrastuzumabHistory),
            Ranking = InputVocabularies.RankingLens.Term(lens),
        };
        return new WireInput(request, NotExpressibleInRest.Of(panel.Her2));
    }

    private static Her2Input? ToHer2(Her2Tests? her2)
    {
        if (her2 is null)
            return null;
        var input = new Her2Input
        {
            Ihc = InputVocabularies.Ihc.TermOptional(her2.Ihc),
            IhcMembraneStaining = her2.IhcMembraneStaining,
            Ish = her2.Ish is { } ish
                ? new IshInput
                {
                    Assay = InputVocabularies.IshAssay.Term(ish.Assay),
                    Her2Cep17Ratio = ish.Her2Cep17Ratio,
                    MeanHer2CopiesPerCell = ish.MeanHer2CopiesPerCell,
                    RecountGroup = ish.RecountGroup,
                }
                : null,
            ReportedStatus = her2.ReportedStatus is { } status ? InputVocabularies.ReportedStatus.TermOrNull(status) : null,
        };
        // An empty "her2": {} would be rejected on replay; the HER2 facts REST cannot say are kept apart.
        return input is { Ihc: null, IhcMembraneStaining: null, Ish: null, ReportedStatus: null } ? null : input;
    }
}

/// <summary>A panel as a REST request, plus what only another channel (FHIR, CDS Hooks) can express.</summary>
public sealed record WireInput(RecommendationRequest Request, NotExpressibleInRest? NotExpressibleInRest);

/// <summary>
/// HER2 facts that reach the rules from FHIR but have no REST term (docs/fhir.md): a laboratory call outside
/// positive/negative/equivocal (e.g. "indeterminate") and a preliminary result that was set aside while the final
/// one is awaited. Null when there is none, so a REST-expressible input replays unchanged.
/// </summary>
public sealed record NotExpressibleInRest(string? Her2ReportedStatus, bool? Her2PreliminaryResultAwaited)
{
    public static NotExpressibleInRest? Of(Her2Tests? her2)
    {
        var status = her2?.ReportedStatus is { } s && InputVocabularies.ReportedStatus.TermOrNull(s) is null ? WireNames.Of(s) : null;
        var preliminary = her2?.PreliminaryResultAwaited == true ? true : (bool?)null;
        return status is null && preliminary is null ? null : new NotExpressibleInRest(status, preliminary);
    }
}
