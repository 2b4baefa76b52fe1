namespace CdsService.Api.Persistence.Access;

using CdsService.Api.Auth;

internal sealed class AccessLog(CdsDbContext db, SqliteWriteGate gate, TimeProvider time) : IAccessLog
{
    public async Task RecordAsync(AccessEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.What.Length > AccessActions.MaxLength)
            throw new ArgumentException($"the action '{entry.What}' exceeds {AccessActions.MaxLength} characters", nameof(entry));
        var now = time.GetUtcNow();
        db.Set<AccessLogRecord>().Add(new AccessLogRecord
        {
            Id = Guid.CreateVersion7(now),
            At = now,
            CallerId = Fit(entry.Who)!,
            CallerClient = Fit(entry.Client),
            Action = entry.What,
            ResourceId = entry.Id is { Length: <= 64 } id ? id : null,
            PatientId = entry.PatientId is { Length: <= Audit.EvaluationRecord.PatientIdMaxLength } patient ? patient : null,
            Rows = entry.Rows,
            RemoteAddress = entry.From is { Length: <= 64 } from ? from : null,
        });
        try
        {
            using (await gate.EnterAsync(cancellationToken))
            {
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (Exception e) when (DatabaseFailures.IsUnavailable(e))
        {
            DatabaseFailures.ForgetBrokenConnections(db);
            throw new DatabaseUnavailableException(e);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static string? Fit(string? value) => value is null || value.Length <= Caller.MaxLength ? value : value[..Caller.MaxLength];
}
