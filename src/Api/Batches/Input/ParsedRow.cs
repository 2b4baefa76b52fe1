namespace CdsService.Api.Batches.Input;

using CdsService.Api.Recommendations.Contracts;
using CdsService.Rules.Model;

/// <summary>One patient row of a submitted file: the request it maps to, or the reasons it cannot be evaluated.</summary>
public sealed record ParsedRow(int Row, RecommendationRequest? Request, IReadOnlyList<RowError> Errors)
{
    /// <summary>A patient of a FHIR Bundle: the panel its mapping produced, already judged by that mapping.</summary>
    public PatientPanel? Panel { get; init; }

    /// <summary>The row's patient id as read, kept when the row fails so that the report can name the patient.</summary>
    public string? PatientId { get; init; }

    public bool IsValid => (Request is not null || Panel is not null) && Errors.Count == 0;

    /// <summary>Null for an id longer than the REST limit: such an id is itself one of the row's errors.</summary>
    public string? StoredPatientId =>
        (PatientId ?? Request?.PatientId ?? Panel?.PatientId) is { Length: <= Validation.Identifier.MaxLength } id ? id : null;
}
