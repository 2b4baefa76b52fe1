namespace CdsService.Api.Batches.Processing;

using CdsService.Api.Batches.Storage;
using CdsService.Api.Persistence.Audit;

/// <summary>
/// What became of one claimed row: evaluated (its audit entry to commit), or failed alone with a message the board
/// can read. A failed row never takes the rest of its chunk with it (docs/batches.md, "One bad row").
/// </summary>
internal sealed record RowOutcome(BatchItemRecord Item, EvaluationAuditEntry? Entry, string? Failure)
{
    public static RowOutcome Evaluated(BatchItemRecord item, EvaluationAuditEntry entry) => new(item, entry, null);

    public static RowOutcome Failed(BatchItemRecord item, string message) => new(item, null, message);
}
