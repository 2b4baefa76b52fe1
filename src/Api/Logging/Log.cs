namespace CdsService.Api.Logging;

/// <summary>
/// Every log line of the API. Holes carry ids, counts, versions and durations only: never a patient id, a marker
/// value or a request body (docs/security.md).
/// </summary>
public static partial class Log
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information,
        Message = "Evaluation {EvaluationId} done with knowledge base {KnowledgeBaseVersion} ({KnowledgeBaseHash}): {InputCount} inputs, {FindingCount} findings, {OptionCount} options, {WarningCount} warnings in {ElapsedMs:0.000} ms")]
    public static partial void EvaluationCompleted(
        this ILogger logger, Guid evaluationId, string knowledgeBaseVersion, string knowledgeBaseHash,
        int inputCount, int findingCount, int optionCount, int warningCount, double elapsedMs);

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information,
        Message = "Knowledge base {KnowledgeBaseVersion} ({KnowledgeBaseHash}) loaded from {KnowledgeBaseOrigin}: {AgentCount} agents, {FindingCount} findings")]
    public static partial void KnowledgeBaseLoaded(
        this ILogger logger, string knowledgeBaseVersion, string knowledgeBaseHash, string knowledgeBaseOrigin, int agentCount, int findingCount);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Critical,
        Message = "Knowledge base from {KnowledgeBaseOrigin} is invalid; the service will not start: {Problem}")]
    public static partial void KnowledgeBaseProblem(this ILogger logger, string knowledgeBaseOrigin, string problem);

    [LoggerMessage(EventId = 1200, Level = LogLevel.Information,
        Message = "Request rejected with {StatusCode} ({ProblemType}), trace {TraceId}")]
    public static partial void RequestRejected(this ILogger logger, int statusCode, string problemType, string traceId);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Error,
        Message = "Unhandled exception answered with 500, trace {TraceId}")]
    public static partial void UnhandledException(this ILogger logger, Exception exception, string traceId);

    /// <summary>
    /// A database error without its message: PostgreSQL's detail and context quote the row or the parameter that failed,
    /// which is patient data (docs/security.md, "What is logged"). The error code and the stack locate the fault.
    /// </summary>
    [LoggerMessage(EventId = 1202, Level = LogLevel.Error,
        Message = "Unhandled database error answered with 500, trace {TraceId}: {ExceptionType}, {DatabaseError}\n{StackTrace}")]
    public static partial void UnhandledDatabaseException(this ILogger logger, string traceId, string exceptionType, string databaseError, string stackTrace);
}
