namespace CdsService.Api.Persistence.Audit;

/// <summary>One audited evaluation (table "evaluations"): what went in, what came out, and what produced it.</summary>
public sealed class EvaluationRecord
{
    public const int PatientIdMaxLength = 256;

    public required Guid Id { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required string Channel { get; init; }
    public string? PatientId { get; init; }
    public string? HookInstance { get; init; }
    public required string InputJson { get; init; }
    public required string OutputJson { get; init; }

    /// <summary>
    /// The evaluation in the REST answer shape, for channels whose output is another shape (a FHIR Bundle, CDS Hooks
    /// cards): reports and tumor-board summaries read every channel the same way. Null for REST, whose output is it.
    /// </summary>
    public string? EvaluationJson { get; init; }
    public required string KbVersion { get; init; }
    public required string KbHash { get; init; }
    public required string EngineVersion { get; init; }
    public required double DurationMs { get; init; }
    public required string Her2Status { get; init; }

    /// <summary>Who asked (docs/security.md: <c>key:name</c>, <c>user:sub</c>, <c>cds:iss</c>); null on rows from before callers were recorded.</summary>
    public string? CallerId { get; init; }

    /// <summary>The token's client id, or the CDS Hooks tenant.</summary>
    public string? CallerClient { get; init; }
}
