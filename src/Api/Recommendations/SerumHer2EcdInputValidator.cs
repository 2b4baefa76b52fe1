namespace CdsService.Api.Recommendations;

using CdsService.Api.Recommendations.Contracts;
using CdsService.Rules.Vocabulary;
using FluentValidation;

public sealed class SerumHer2EcdInputValidator : AbstractValidator<SerumHer2EcdInput>
{
    public const double MaxValue = 100_000;

    public SerumHer2EcdInputValidator()
    {
        RuleFor(x => x.Value)
            .NotNull().WithMessage("Required.")
            .Must(v => v is null || (double.IsFinite(v.Value) && v >= 0 && v < MaxValue))
            .WithMessage($"Must be a finite number from 0 up to (not including) {MaxValue}.");

        // The 15 ng/mL cut-off is in ng/mL; guessing a conversion from another unit would silently move it.
        RuleFor(x => x.Unit)
            .Must(u => string.Equals(u, InputVocabularies.SerumHer2EcdUnit, StringComparison.Ordinal))
            .WithMessage($"The unit must be {InputVocabularies.SerumHer2EcdUnit}; convert the value to {InputVocabularies.SerumHer2EcdUnit} before sending.");
    }
}
