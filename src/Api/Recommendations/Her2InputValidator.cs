namespace CdsService.Api.Recommendations;

using CdsService.Api.Recommendations.Contracts;
using CdsService.Rules.Vocabulary;
using FluentValidation;

public sealed class Her2InputValidator : AbstractValidator<Her2Input>
{
    public Her2InputValidator()
    {
        RuleFor(x => x.Ihc)
            .InVocabulary(InputVocabularies.Ihc)
            .WithMessage("Must be an IHC score: \"0\", \"1+\", \"2+\" or \"3+\" (also \"3\", \"+3\", \"3 +\", or LOINC LA6111-4, LA11841-6, LA11842-4, LA11843-2).");
        RuleFor(x => x.ReportedStatus).InVocabulary(InputVocabularies.ReportedStatus);
        RuleFor(x => x.Ish!).SetValidator(new IshInputValidator());
    }
}
