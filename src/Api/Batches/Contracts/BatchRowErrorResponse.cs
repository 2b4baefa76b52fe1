namespace CdsService.Api.Batches.Contracts;

/// <summary>
/// Why one row was skipped: the row (CSV record number with the header as row 1, NDJSON line number, or the
/// Patient's position in a FHIR Bundle from 1), the CSV column and/or the REST field path (null when the whole row
/// is at fault), and the message.
/// </summary>
public sealed record BatchRowErrorResponse(int Row, string? Column, string? Field, string Message)
{
    /// <summary>The row's patient id, when the row gave one.</summary>
    public string? PatientId { get; init; }
}
