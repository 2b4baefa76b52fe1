namespace CdsService.Api.CdsHooks.Evaluation;

using Microsoft.Extensions.Logging;

/// <summary>Fallback until the database audit is registered: logs ids only, no PHI (DESIGN.md section 11).</summary>
public sealed partial class LoggingCdsHooksAudit(ILogger<LoggingCdsHooksAudit> logger) : ICdsHooksAudit
{
    public Task RecordAsync(HookAuditRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        Log(logger, record.EvaluationId, record.ServiceId, record.HookInstance, record.Result.KnowledgeBase.Version, record.Duration.TotalMilliseconds);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "cds-hooks evaluation {EvaluationId} service {ServiceId} hookInstance {HookInstance} kb {KbVersion} in {DurationMs} ms")]
    private static partial void Log(ILogger logger, Guid evaluationId, string serviceId, string hookInstance, string kbVersion, double durationMs);
}
