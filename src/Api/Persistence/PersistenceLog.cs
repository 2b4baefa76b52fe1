namespace CdsService.Api.Persistence;

// Messages carry counts and exception types only: never patient ids, inputs or outputs (docs/security.md).
internal static partial class PersistenceLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Audited {Count} evaluation(s)")]
    public static partial void EvaluationsAudited(ILogger logger, int count);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Audit write of {Count} evaluation(s) failed: database unavailable ({ExceptionType})")]
    public static partial void AuditWriteFailed(ILogger logger, int count, string exceptionType);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Applying {Provider} migrations ({Pending} pending)")]
    public static partial void Migrating(ILogger logger, DatabaseProvider provider, int pending);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Error, Message = "Migration of the {Provider} database failed")]
    public static partial void MigrationFailed(ILogger logger, Exception exception, DatabaseProvider provider);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "Removed {Count} expired JWT replay entries")]
    public static partial void ReplayEntriesRemoved(ILogger logger, int count);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning, Message = "JWT replay cleanup skipped: database unavailable or not migrated ({ExceptionType})")]
    public static partial void ReplayCleanupSkipped(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Warning, Message = "Database not ready; answered 503 ({ProblemType}) to request {TraceId} ({ExceptionType})")]
    public static partial void AnsweredNotReady(ILogger logger, string traceId, string problemType, string exceptionType);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Warning, Message = "{Reason} Until then /health/ready is unhealthy and requests that need the database answer 503.")]
    public static partial void SchemaNotMigratedAtStart(ILogger logger, string reason);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Warning, Message = "Database unreachable at start-up ({ExceptionType}): /health/ready is unhealthy until it answers.")]
    public static partial void DatabaseUnreachableAtStart(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Information, Message = "Retention purge: {Batches} batches, {Evaluations} evaluations, {Feedback} feedback rows and {AccessLog} access-log rows deleted")]
    public static partial void RetentionPurged(ILogger logger, int batches, int evaluations, int feedback, int accessLog);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Warning, Message = "Retention purge postponed: the database is not available ({ExceptionType})")]
    public static partial void RetentionSkipped(ILogger logger, string exceptionType);
}
