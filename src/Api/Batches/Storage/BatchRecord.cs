namespace CdsService.Api.Batches.Storage;

/// <summary>One submitted batch (table "batches"). Counters are updated in the transaction that finishes each chunk.</summary>
public sealed class BatchRecord
{
    public required Guid Id { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required string Status { get; set; }
    public required string Format { get; init; }

    /// <summary>Patient rows in the file, valid or not.</summary>
    public required int Total { get; init; }

    /// <summary>Rows evaluated and audited.</summary>
    public int Done { get; set; }

    /// <summary>Rows rejected at submission (see batch_row_errors) or given up after too many attempts.</summary>
    public int FailedRows { get; set; }

    public string? Error { get; set; }

    /// <summary>File-level warnings (ignored columns), one per line.</summary>
    public string? Warnings { get; init; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Who submitted the batch; its evaluations are stored under the same caller.</summary>
    public string? CallerId { get; init; }

    public string? CallerClient { get; init; }
}
