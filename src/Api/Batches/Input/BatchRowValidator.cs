namespace CdsService.Api.Batches.Input;

using CdsService.Api.Recommendations.Contracts;
using CdsService.Api.Validation;
using CdsService.Rules.Model;
using CdsService.Rules.Vocabulary;
using FluentValidation;

/// <summary>
/// Runs the REST validator on each parsed row, so a batch row is accepted exactly when the same panel would be
/// accepted by POST /api/v1/recommendations; errors name the CSV column (for CSV) and the JSON field.
/// </summary>
public sealed class BatchRowValidator(IValidator<RecommendationRequest> validator)
{
    public ParsedRow Validate(ParsedRow row, bool csv, RankingLens lens)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Request is null)
            return row;
        var result = validator.Validate(row.Request);
        var errors = result.Errors
            .Select(e =>
            {
                var field = JsonFieldPath.FromPropertyPath(e.PropertyName);
                return new RowError(row.Row, csv ? BatchColumns.ColumnOf(field) : null, field.Length == 0 ? null : field, e.ErrorMessage);
            })
            .ToList();

        // One lens for the whole batch (docs/batches.md): a row asking for another would be ranked against its wish.
        if (result.IsValid && row.Request.Ranking is { } own && InputVocabularies.RankingLens.TryParse(own, out var rowLens) && rowLens != lens)
        {
            errors.Add(new RowError(row.Row, null, "ranking",
                $"The ranking lens is chosen for the whole batch (?ranking=); this row asks for '{own}' but the batch uses '{WireNames.Of(lens)}'."));
        }
        if (errors.Count == 0)
            return row;
        errors = [.. errors.Distinct()];
        return row with { PatientId = row.PatientId ?? row.Request.PatientId, Request = null, Errors = [.. row.Errors, .. errors] };
    }
}
