namespace CdsService.Api.Batches.Storage;

/// <summary>Why one row of a batch was not evaluated (table "batch_row_errors").</summary>
public sealed class BatchRowErrorRecord
{
    public required Guid Id { get; init; }
    public required Guid BatchId { get; init; }
    public required int Row { get; init; }

    /// <summary>The row's patient id when it had one, so that a board can tell whose row to fix.</summary>
    public string? PatientId { get; init; }

    public string? Column { get; init; }
    public string? Field { get; init; }
    public required string Message { get; init; }
}
