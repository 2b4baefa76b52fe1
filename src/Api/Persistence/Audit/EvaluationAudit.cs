namespace CdsService.Api.Persistence.Audit;

using CdsService.Api.Telemetry;

internal sealed class EvaluationAudit(CdsDbContext db, SqliteWriteGate gate, CdsMetrics metrics, ILogger<EvaluationAudit> logger) : IEvaluationAudit
{
    public Task SaveAsync(EvaluationAuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return SaveAllAsync([entry], cancellationToken);
    }

    public async Task SaveAllAsync(IReadOnlyCollection<EvaluationAuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        db.Evaluations.AddRange(entries.Select(e => e.ToRecord()));
        try
        {
            using (await gate.EnterUnlessInTransactionAsync(db, cancellationToken))
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            PersistenceLog.EvaluationsAudited(logger, entries.Count);
            foreach (var entry in entries)
                metrics.EvaluationAudited(entry.Channel, entry.Her2Status);
        }
        catch (Exception e) when (DatabaseFailures.IsUnavailable(e))
        {
            DatabaseFailures.ForgetBrokenConnections(db);
            PersistenceLog.AuditWriteFailed(logger, entries.Count, e.GetType().Name);
            throw new DatabaseUnavailableException(e);
        }
        finally
        {
            // The context is request-scoped but a batch reuses it; nothing audited needs to stay tracked.
            db.ChangeTracker.Clear();
        }
    }
}
