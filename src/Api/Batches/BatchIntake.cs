namespace CdsService.Api.Batches;

using System.Text.Json;
using CdsService.Api.Auth;
using CdsService.Api.Batches.Input;
using CdsService.Api.Batches.Processing;
using CdsService.Api.Batches.Storage;
using CdsService.Api.Persistence;
using CdsService.Rules.Model;
using CdsService.Rules.Vocabulary;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

/// <summary>
/// Reads a submitted file, validates every row (CSV and NDJSON rows with the REST validator, FHIR patients by the
/// FHIR mapping), and stores the batch, its valid rows as queued items and its invalid rows as row errors in one
/// transaction. Nothing is evaluated here: the worker does
/// that, so a large file is answered at once with 202.
/// </summary>
public sealed class BatchIntake(
    CdsDbContext db,
    SqliteWriteGate gate,
    BatchRowValidator validator,
    BatchEvaluator evaluator,
    BatchSignal signal,
    TimeProvider time,
    IOptions<BatchOptions> options,
    IOptions<JsonOptions> json,
    ILogger<BatchIntake> logger)
{
    private readonly BatchOptions _options = options.Value;
    private readonly JsonSerializerOptions _json = json.Value.SerializerOptions;

    /// <summary>Stores the batch and returns its id, or the reason the file as a whole cannot be a batch.</summary>
    public async Task<BatchSubmission> SubmitAsync(string format, Stream body, RankingLens lens, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(caller);
        ParsedBatch parsed;
        try
        {
            var buffered = await BodyReader.ReadAsync(body, format == FhirBatchReader.Format ? Math.Min(_options.MaxBytes, _options.MaxFhirBytes) : _options.MaxBytes, cancellationToken);
            parsed = Parse(format, buffered);
        }
        catch (BatchInputException e)
        {
            return new BatchSubmission(null, e.StatusCode, e.Message);
        }
        return new BatchSubmission(await StoreAsync(parsed, lens, caller, cancellationToken), StatusCodes.Status202Accepted, null);
    }

    private ParsedBatch Parse(string format, ReadOnlyMemory<byte> body) => format switch
    {
        "csv" => CsvBatchReader.Read(body, _options.MaxRows),
        "ndjson" => NdjsonBatchReader.Read(body, _json, _options.MaxRows),
        _ => FhirBatchReader.Read(body, _options.MaxRows),
    };

    private const int SaveChunk = 1000;

    private async Task SaveAndForgetAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private async Task<Guid> StoreAsync(ParsedBatch parsed, RankingLens lens, Caller caller, CancellationToken cancellationToken)
    {
        var rows = parsed.Rows.Select(r => validator.Validate(r, csv: parsed.Format == CsvBatchReader.Format, lens)).ToList();
        var patientIds = rows.ToDictionary(r => r.Row, r => r.StoredPatientId);

        var now = time.GetUtcNow();
        var batch = new BatchRecord
        {
            Id = Guid.CreateVersion7(now),
            CreatedAt = now,
            Format = parsed.Format,
            RankingLens = WireNames.Of(lens),
            Total = rows.Count,
            FailedRows = rows.Count(r => !r.IsValid),
            Status = rows.Any(r => r.IsValid) ? BatchStatuses.Queued : BatchStatuses.Failed,
            Warnings = parsed.Warnings.Count == 0 ? null : string.Join('\n', parsed.Warnings),
            CallerId = caller.Id,
            CallerClient = caller.Client,
        };
        if (batch.Status == BatchStatuses.Failed)
        {
            batch.Error = "No row of the batch could be evaluated; see errors.";
            batch.CompletedAt = now;
        }

        var items = rows.Where(r => r.IsValid).Select(r => new BatchItemRecord
        {
            Id = Guid.CreateVersion7(now),
            BatchId = batch.Id,
            RowNumber = r.Row,
            PatientId = r.StoredPatientId,
            InputJson = r.Panel is { } panel ? BatchEvaluator.Normalise(panel) : evaluator.Normalise(r.Request!),
            Status = BatchStatuses.Queued,
        });
        var errors = rows.SelectMany(r => r.Errors).Select(e => new BatchRowErrorRecord
        {
            Id = Guid.CreateVersion7(now),
            BatchId = batch.Id,
            Row = e.Row,
            PatientId = patientIds.GetValueOrDefault(e.Row),
            Column = e.Column,
            Field = e.Field,
            Message = e.Message,
        });
        // One transaction for the whole file, queued behind interactive writes on SQLite (docs/security.md), saved a
        // chunk at a time so the change tracker never holds a 200,000-row file (docs/batches.md, "Report size").
        using (await gate.EnterAsync(WritePriority.Background, cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Set<BatchRecord>().Add(batch);
            await SaveAndForgetAsync(cancellationToken);
            foreach (var chunk in items.Chunk(SaveChunk))
            {
                db.Set<BatchItemRecord>().AddRange(chunk);
                await SaveAndForgetAsync(cancellationToken);
            }
            foreach (var chunk in errors.Chunk(SaveChunk))
            {
                db.Set<BatchRowErrorRecord>().AddRange(chunk);
                await SaveAndForgetAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }

        BatchLog.Accepted(logger, batch.Id, batch.Format, batch.Total, batch.FailedRows);
        signal.Notify();
        return batch.Id;
    }
}
