namespace CdsService.Api.Persistence.Feedback;

using Microsoft.EntityFrameworkCore;

internal sealed class CdsHooksFeedbackStore(CdsDbContext db, SqliteWriteGate gate, TimeProvider time) : ICdsHooksFeedbackStore
{
    public async Task<bool> AddAsync(CdsHooksFeedback feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        var now = time.GetUtcNow();
        db.CdsHooksFeedback.Add(new CdsHooksFeedbackRecord
        {
            Id = Guid.CreateVersion7(now),
            ServiceId = feedback.ServiceId,
            CardId = feedback.CardId,
            Outcome = feedback.Outcome,
            OutcomeTimestamp = feedback.OutcomeTimestamp.ToUniversalTime(),
            AcceptedSuggestionsJson = feedback.AcceptedSuggestionsJson,
            OverrideReasonJson = feedback.OverrideReasonJson,
            ReceivedAt = now,
            CallerId = feedback.Caller?.Id,
            CallerClient = feedback.Caller?.Client,
        });
        try
        {
            using (await gate.EnterAsync(cancellationToken))
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            return true;
        }
        // The unique index decides, so two replicas receiving the same resend cannot both store it.
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            return false;
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
}
