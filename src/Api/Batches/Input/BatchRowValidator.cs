namespace CdsService.Api.Batches.Input;

using CdsService.Api.Recommendations.Contracts;
using CdsService.Api.Validation;
using FluentValidation;

/// <summary>
/// Runs the REST validator on each parsed row, so a batch row is accepted exactly when the same panel would be
/// accepted by POST /api/v1/recommendations; errors name the CSV column (for CSV) and the JSON field.
/// </summary>
public sealed class BatchRowValidator(IValidator<RecommendationRequest> validator)
{
    public ParsedRow Validate(ParsedRow row, bool csv)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Request is null)
            return row;
        var result = validator.Validate(row.Request);
        if (result.IsValid)
            return row;

        var errors = result.Errors
            .Select(e =>
            {
                var field = JsonFieldPath.FromPropertyPath(e.PropertyName);
                return new RowError(row.Row, csv ? BatchColumns.ColumnOf(field) : null, field.Length == 0 ? null : field, e.ErrorMessage);
            })
            .Distinct()
            .ToList();
        return row with { PatientId = row.PatientId ?? row.Request.PatientId, Request = null, Errors = [.. row.Errors, .. errors] };
    }
}
