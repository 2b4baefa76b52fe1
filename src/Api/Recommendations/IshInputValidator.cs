namespace CdsService.Api.Recommendations;

using CdsService.Api.Recommendations.Contracts;
using CdsService.Rules.Vocabulary;
using CdsService.Rules.Model;
using FluentValidation;

/// <summary>ISH plausibility and assay consistency (docs/clinical-rules.md, "HER2").</summary>
public sealed class IshInputValidator : AbstractValidator<IshInput>
{
    public IshInputValidator()
    {
        RuleFor(x => x.Assay)
            .NotNull().WithMessage("Required: \"dual-probe\" or \"single-probe\".")
            .InVocabulary(InputVocabularies.IshAssay);
        RuleFor(x => x.Her2Cep17Ratio).FiniteBetween(0, 50);
        RuleFor(x => x.MeanHer2CopiesPerCell).FiniteBetween(0, 100);
        RuleFor(x => x.RecountGroup).InclusiveBetween(1, 5).WithMessage("Must be an ASCO/CAP group from 1 to 5.");

        When(x => Is(x, IshAssay.DualProbe), () =>
        {
            RuleFor(x => x.Her2Cep17Ratio).NotNull().WithMessage("Required for a dual-probe assay.");
            RuleFor(x => x.MeanHer2CopiesPerCell).NotNull().WithMessage("Required for a dual-probe assay.");
        });

        // A single-probe assay has no CEP17 probe, so a ratio or a dual-probe recount group means the assay is mislabelled.
        When(x => Is(x, IshAssay.SingleProbe), () =>
        {
            RuleFor(x => x.MeanHer2CopiesPerCell).NotNull().WithMessage("Required for a single-probe assay.");
            RuleFor(x => x.Her2Cep17Ratio).Null().WithMessage("Not allowed for a single-probe assay: it has no CEP17 probe.");
            RuleFor(x => x.RecountGroup).Null().WithMessage("Only for a dual-probe assay.");
        });
    }

    private static bool Is(IshInput ish, IshAssay assay) =>
        InputVocabularies.IshAssay.TryParse(ish.Assay, out var parsed) && parsed == assay;
}
