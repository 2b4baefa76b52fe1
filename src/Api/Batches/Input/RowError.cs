namespace CdsService.Api.Batches.Input;

/// <summary>
/// Why one input row was skipped. <see cref="Column"/> is the CSV column (CSV batches), <see cref="Field"/> the JSON
/// path of the REST field; either is null when the problem is the row as a whole.
/// </summary>
public sealed record RowError(int Row, string? Column, string? Field, string Message);
