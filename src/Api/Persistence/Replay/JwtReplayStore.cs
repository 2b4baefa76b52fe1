namespace CdsService.Api.Persistence.Replay;

using Microsoft.EntityFrameworkCore;

internal sealed class JwtReplayStore(CdsDbContext db, SqliteWriteGate gate, TimeProvider time) : IJwtReplayStore
{
    public async Task<bool> TryRememberAsync(string issuer, string jti, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentException.ThrowIfNullOrEmpty(jti);
        var key = JwtReplayKey.Of(issuer, jti);
        try
        {
            if (await TryInsertAsync(key, expiresAt, cancellationToken))
                return true;
            // The jti is there. Only an entry whose token has expired (not yet cleaned up) may be taken over; the
            // conditional update is atomic, so two replicas cannot both win it.
            var now = time.GetUtcNow();
            using (await gate.EnterAsync(cancellationToken))
            {
                var taken = await db.JwtReplay
                    .Where(r => r.Jti == key && r.ExpiresAt <= now)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.ExpiresAt, expiresAt.ToUniversalTime()), cancellationToken);
                return taken == 1;
            }
        }
        catch (Exception e) when (DatabaseFailures.IsUnavailable(e))
        {
            DatabaseFailures.ForgetBrokenConnections(db);
            throw new DatabaseUnavailableException(e);
        }
    }

    public async Task<int> RemoveExpiredAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        using (await gate.EnterAsync(WritePriority.Background, cancellationToken))
        {
            return await db.JwtReplay.Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        }
    }

    private async Task<bool> TryInsertAsync(string jti, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        db.JwtReplay.Add(new JwtReplayEntry { Jti = jti, ExpiresAt = expiresAt.ToUniversalTime() });
        try
        {
            using (await gate.EnterAsync(cancellationToken))
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            return true;
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
