namespace CdsService.Api.Recommendations;

using CdsService.Api.Recommendations.Contracts;
using CdsService.Api.Validation;
using CdsService.Rules.Vocabulary;
using FluentValidation;

/// <summary>Edge validation of the REST panel (docs/clinical-rules.md, "HER2": the validation rules).</summary>
public sealed class RecommendationRequestValidator : AbstractValidator<RecommendationRequest>
{
    public RecommendationRequestValidator()
    {
        // An empty panel would be answered "HER2 unknown, no findings", which reads like a result; refuse it instead.
        RuleFor(x => x)
            .Must(HasAnyBiomarker)
            .OverridePropertyName(string.Empty)
            .WithMessage("Give at least one biomarker: her2, pten, pik3ca, cyclinE, fcgr3a158, fcgr2a131, serumHer2Ecd, p95Her2, egfr, erbb3, igf1r, muc4, cd44, src, p27 or trastuzumabHistory.");

        RuleFor(x => x.PatientId).Must(id => Identifier.Problem(id) is null).WithMessage(x => Identifier.ProblemSentence(x.PatientId));
        RuleFor(x => x.Her2!).SetValidator(new Her2InputValidator());
        RuleFor(x => x.Pten).InVocabulary(InputVocabularies.Pten);
        RuleFor(x => x.Pik3ca!).SetValidator(new Pik3caInputValidator());
        RuleFor(x => x.CyclinE).InVocabulary(InputVocabularies.CyclinE);
        RuleFor(x => x.Fcgr3a158).InVocabulary(InputVocabularies.Fcgr3a158);
        RuleFor(x => x.Fcgr2a131).InVocabulary(InputVocabularies.Fcgr2a131);
        RuleFor(x => x.SerumHer2Ecd!).SetValidator(new SerumHer2EcdInputValidator());
        RuleFor(x => x.P95Her2).InVocabulary(InputVocabularies.P95Her2);
        RuleFor(x => x.Egfr).InVocabulary(InputVocabularies.Expression);
        RuleFor(x => x.Erbb3).InVocabulary(InputVocabularies.Expression);
        RuleFor(x => x.Igf1r).InVocabulary(InputVocabularies.Expression);
        RuleFor(x => x.Muc4).InVocabulary(InputVocabularies.Expression);
        RuleFor(x => x.Cd44).InVocabulary(InputVocabularies.Expression);
        RuleFor(x => x.Src).InVocabulary(InputVocabularies.Src);
        RuleFor(x => x.P27).InVocabulary(InputVocabularies.P27);
        RuleFor(x => x.TrastuzumabHistory).InVocabulary(InputVocabularies.TrastuzumabHistory);
        RuleFor(x => x.Ranking).InVocabulary(InputVocabularies.RankingLens);
    }

    private static bool HasAnyBiomarker(RecommendationRequest r) =>
        HasAnyHer2Value(r.Her2)
        || r.Pten is not null || r.Pik3ca is not null || r.CyclinE is not null
        || r.Fcgr3a158 is not null || r.Fcgr2a131 is not null || r.SerumHer2Ecd is not null || r.P95Her2 is not null
        || r.Egfr is not null || r.Erbb3 is not null || r.Igf1r is not null || r.Muc4 is not null || r.Cd44 is not null
        || r.Src is not null || r.P27 is not null || r.TrastuzumabHistory is not null;

    private static bool HasAnyHer2Value(Her2Input? her2) =>
        her2 is not null && (her2.Ihc is not null || her2.IhcMembraneStaining is not null || her2.Ish is not null || her2.ReportedStatus is not null);
}
