namespace CdsService.Api.Persistence.Audit;

/// <summary>
/// The one audit path for every channel. A channel returns its answer only after this completes: a completed call
/// means the row is committed. Throws <see cref="DatabaseUnavailableException"/> when the database cannot be reached.
/// </summary>
public interface IEvaluationAudit
{
    Task SaveAsync(EvaluationAuditEntry entry, CancellationToken cancellationToken);

    /// <summary>Commits several rows in one transaction (batches): all of them or none.</summary>
    Task SaveAllAsync(IReadOnlyCollection<EvaluationAuditEntry> entries, CancellationToken cancellationToken);
}
