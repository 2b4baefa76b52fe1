namespace CdsService.Api.Batches.Processing;

// Ids and counts only: never a patient id, a value or a file's content (docs/security.md).
internal static partial class BatchLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Batch {BatchId} accepted: {Format}, {Total} rows, {Invalid} rejected")]
    public static partial void Accepted(ILogger logger, Guid batchId, string format, int total, int invalid);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Debug, Message = "Processed a chunk of {Claimed} batch items ({Evaluated} evaluated)")]
    public static partial void ChunkProcessed(ILogger logger, int claimed, int evaluated);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "Batch worker {WorkerId} could not process a chunk ({ExceptionType}); retrying (logged at most once a minute)")]
    public static partial void ChunkFailed(ILogger logger, Exception exception, string workerId, string exceptionType);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Batch worker {WorkerId} started (chunk {ChunkSize}, lease {LeaseSeconds} s)")]
    public static partial void WorkerStarted(ILogger logger, string workerId, int chunkSize, int leaseSeconds);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Warning, Message = "Batch worker {WorkerId} is waiting: {Reason} (logged at most once a minute)")]
    public static partial void WaitingForDatabase(ILogger logger, string workerId, string reason);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Information, Message = "Batch worker {WorkerId} resumed")]
    public static partial void WorkerResumed(ILogger logger, string workerId);

    [LoggerMessage(EventId = 6007, Level = LogLevel.Warning, Message = "Batch worker {WorkerId} could not hand back its claims on shutdown ({ExceptionType}); they are taken again after the lease")]
    public static partial void ReleaseFailed(ILogger logger, string workerId, string exceptionType);

    [LoggerMessage(EventId = 6008, Level = LogLevel.Warning, Message = "Batch {BatchId} row {Row} could not be evaluated ({ExceptionType}); the row is marked failed, the rest of its chunk goes on")]
    public static partial void RowFailed(ILogger logger, Guid batchId, int row, string exceptionType);
}
