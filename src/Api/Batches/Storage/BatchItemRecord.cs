namespace CdsService.Api.Batches.Storage;

/// <summary>
/// One valid patient row waiting for, or done by, a worker (table "batch_items"). <see cref="ClaimToken"/> changes
/// with every claim and guards the completing update, so a worker whose lease ran out cannot also complete the item.
/// </summary>
public sealed class BatchItemRecord
{
    public required Guid Id { get; init; }
    public required Guid BatchId { get; init; }
    public required int RowNumber { get; init; }
    public string? PatientId { get; init; }

    /// <summary>The normalised REST request (camelCase JSON, nulls left out).</summary>
    public required string InputJson { get; init; }

    public required string Status { get; set; }
    public Guid? EvaluationId { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
    public Guid? ClaimToken { get; set; }
    public int Attempts { get; set; }
}
