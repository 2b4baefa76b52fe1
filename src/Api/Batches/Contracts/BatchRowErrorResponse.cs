namespace CdsService.Api.Batches.Contracts;

/// <summary>
/// Why one row was skipped: the row (CSV record number with the header as row 1, or NDJSON line number), the CSV
/// column and/or the REST field path (null when the whole row is at fault), and the message.
/// </summary>
public sealed record BatchRowErrorResponse(int Row, string? Column, string? Field, string Message);
