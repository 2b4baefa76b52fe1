namespace CdsService.Api.Batches;

using CdsService.Api.Batches.Contracts;
using CdsService.Api.Batches.Storage;
using CdsService.Api.Persistence;
using Microsoft.EntityFrameworkCore;

/// <summary>Reads a batch's status and row errors; null when there is no such batch.</summary>
public static class BatchStatusReader
{
    public static async Task<BatchStatusResponse?> ReadAsync(CdsDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var batch = await FindAsync(db, id, cancellationToken);
        return batch is null ? null : await ReadAsync(db, batch, cancellationToken);
    }

    public static Task<BatchRecord?> FindAsync(CdsDbContext db, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<BatchRecord>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
    }

    public static async Task<BatchStatusResponse> ReadAsync(CdsDbContext db, BatchRecord batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var errors = await ReadErrorsAsync(db, batch.Id, cancellationToken);
        return new BatchStatusResponse(
            batch.Id,
            batch.Status,
            batch.Format,
            batch.CreatedAt,
            batch.CompletedAt,
            batch.Total,
            batch.Done + batch.FailedRows,
            batch.Done,
            batch.FailedRows,
            batch.Error,
            batch.Warnings is null ? [] : batch.Warnings.Split('\n'),
            errors,
            BatchLinks.For(batch.Id));
    }

    public static async Task<IReadOnlyList<BatchRowErrorResponse>> ReadErrorsAsync(CdsDbContext db, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var errors = await db.Set<BatchRowErrorRecord>().AsNoTracking()
            .Where(e => e.BatchId == id)
            .Select(e => new { e.Row, e.Column, e.Field, e.Message, e.PatientId })
            .ToListAsync(cancellationToken);
        return errors.OrderBy(e => e.Row)
            .ThenBy(e => e.Column, StringComparer.Ordinal).ThenBy(e => e.Field, StringComparer.Ordinal).ThenBy(e => e.Message, StringComparer.Ordinal)
            .Select(e => new BatchRowErrorResponse(e.Row, e.Column, e.Field, e.Message) { PatientId = e.PatientId })
            .ToList();
    }
}
