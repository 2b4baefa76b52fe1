namespace CdsService.Api.Recommendations;

using CdsService.Api.Recommendations.Contracts;
using CdsService.Rules.Vocabulary;
using CdsService.Rules.Model;
using FluentValidation;

public sealed class Pik3caInputValidator : AbstractValidator<Pik3caInput>
{
    public const int MaxVariants = 20;
    public const int MaxVariantLength = 64;

    public Pik3caInputValidator()
    {
        RuleFor(x => x.Status)
            .NotNull().WithMessage("Required: \"wild-type\" or \"mutated\".")
            .InVocabulary(InputVocabularies.Pik3ca);
        RuleFor(x => x.Variants)
            .Must(v => v is null || v.Count <= MaxVariants).WithMessage($"At most {MaxVariants} variants.");
        RuleFor(x => x.Variants)
            .Must(v => v is null || v.Count == 0).When(IsWildType).WithMessage("Variants are only allowed when status is \"mutated\".");
        RuleFor(x => x.Classification).InVocabulary(InputVocabularies.VariantClassification);
        RuleFor(x => x.Classification)
            .Null().When(IsWildType).WithMessage("A classification is only allowed when status is \"mutated\".");
        RuleForEach(x => x.Variants)
            .NotEmpty().WithMessage("Must not be empty.")
            .MaximumLength(MaxVariantLength).WithMessage($"Must be at most {MaxVariantLength} characters.");
    }

    private static bool IsWildType(Pik3caInput input) =>
        InputVocabularies.Pik3ca.TryParse(input.Status, out var status) && status == Pik3caStatus.WildType;
}
