namespace CdsService.Api.Recommendations;

using CdsService.Rules.Vocabulary;
using FluentValidation;

/// <summary>Rule shapes shared by the request validators, so that every field says the same thing the same way.</summary>
internal static class VocabularyRules
{
    public static IRuleBuilderOptions<T, string?> InVocabulary<T>(this IRuleBuilder<T, string?> rule, IVocabulary vocabulary) =>
        rule.Must(value => value is null || vocabulary.Accepts(value))
            .WithMessage($"Must be one of: {string.Join(", ", vocabulary.Terms.Select(t => $"\"{t}\""))}.");

    public static IRuleBuilderOptions<T, double?> FiniteBetween<T>(this IRuleBuilder<T, double?> rule, double exclusiveMin, double exclusiveMax) =>
        rule.Must(value => value is null || (double.IsFinite(value.Value) && value > exclusiveMin && value < exclusiveMax))
            .WithMessage($"Must be a finite number greater than {exclusiveMin} and less than {exclusiveMax}.");
}
