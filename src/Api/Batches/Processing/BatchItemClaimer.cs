namespace CdsService.Api.Batches.Processing;

using CdsService.Api.Batches.Storage;
using CdsService.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

/// <summary>
/// Claims a chunk of work in one atomic statement: queued items, and running items whose lease has expired (their
/// worker died). PostgreSQL locks the chosen rows with FOR UPDATE SKIP LOCKED, so concurrent replicas take disjoint
/// chunks without waiting on each other; SQLite has a single writer, so the same UPDATE is already exclusive there.
/// Every claim sets a fresh claim token, which the completing update must still find.
/// </summary>
internal static class BatchItemClaimer
{
    private static readonly DateTimeOffsetToBinaryConverter SqliteTime = new();

    public static Task<List<BatchItemRecord>> ClaimAsync(
        CdsDbContext db, string worker, int size, DateTimeOffset now, DateTimeOffset staleBefore, CancellationToken cancellationToken)
    {
        var token = Guid.CreateVersion7(now);
        var items = db is PostgresCdsDbContext
            ? db.Set<BatchItemRecord>().FromSql($"""
                UPDATE batch_items SET status = 'running', claimed_by = {worker}, claimed_at = {now}, claim_token = {token}, attempts = attempts + 1
                WHERE id IN (
                    SELECT id FROM batch_items
                    WHERE status = 'queued' OR (status = 'running' AND claimed_at < {staleBefore})
                    ORDER BY id
                    LIMIT {size}
                    FOR UPDATE SKIP LOCKED)
                RETURNING *
                """)
            // The SQLite context stores DateTimeOffset as its binary form (SqliteCdsDbContext); raw SQL must match it.
            : db.Set<BatchItemRecord>().FromSql($"""
                UPDATE batch_items SET status = 'running', claimed_by = {worker}, claimed_at = {SqliteTime.ConvertToProvider(now)}, claim_token = {token}, attempts = attempts + 1
                WHERE id IN (
                    SELECT id FROM batch_items
                    WHERE status = 'queued' OR (status = 'running' AND claimed_at < {SqliteTime.ConvertToProvider(staleBefore)})
                    ORDER BY id
                    LIMIT {size})
                RETURNING *
                """);
        return items.ToListAsync(cancellationToken);
    }
}
