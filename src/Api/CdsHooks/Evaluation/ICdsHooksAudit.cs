namespace CdsService.Api.CdsHooks.Evaluation;

/// <summary>Audit of one evaluation on the cds-hooks channel (DESIGN.md section 8): committed before the answer is sent.</summary>
public interface ICdsHooksAudit
{
    Task RecordAsync(HookAuditRecord record, CancellationToken cancellationToken);
}

/// <summary>What the audit keeps: never the access token or the JWT (checklist R4, J8).</summary>
public sealed record HookAuditRecord(
    Guid EvaluationId,
    string ServiceId,
    string Hook,
    string HookInstance,
    string? PatientId,
    string InputJson,
    Rules.Engine.Evaluation Result,
    DateTimeOffset EvaluatedAt,
    TimeSpan Duration)
{
    public const string Channel = "cds-hooks";
}
