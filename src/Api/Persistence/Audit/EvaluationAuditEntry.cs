namespace CdsService.Api.Persistence.Audit;

using CdsService.Api.Auth;
using CdsService.Rules.Engine;
using CdsService.Rules.Vocabulary;

/// <summary>
/// What a channel hands to the audit for one answer. <see cref="InputJson"/> is the normalised input (<see cref="AuditJson.Input"/>) and
/// <see cref="OutputJson"/> the exact response body the client receives; <see cref="PatientId"/> is the opaque id as
/// given, never a name or another identifier.
/// </summary>
public sealed record EvaluationAuditEntry(
    Guid Id,
    DateTimeOffset CreatedAt,
    string Channel,
    string? PatientId,
    string? HookInstance,
    string InputJson,
    string OutputJson,
    string KbVersion,
    string KbHash,
    string EngineVersion,
    TimeSpan Duration,
    string Her2Status)
{
    /// <summary>The evaluation in the REST answer shape when <see cref="OutputJson"/> is another shape (FHIR, CDS Hooks).</summary>
    public string? EvaluationJson { get; init; }

    /// <summary>The ranking lens of the answer ("current" unless the caller asked for "review").</summary>
    public string RankingLens { get; init; } = "current";

    /// <summary>Who asked (a <see cref="Auth.Caller"/> id); the evaluation is theirs to read back (docs/security.md).</summary>
    public string? CallerId { get; init; }

    /// <summary>The caller's token client id or CDS Hooks tenant.</summary>
    public string? CallerClient { get; init; }

    /// <summary>This entry recorded as asked by <paramref name="caller"/>.</summary>
    public EvaluationAuditEntry By(Caller? caller) => this with { CallerId = caller?.Id, CallerClient = caller?.Client };

    /// <summary>
    /// The entry every channel writes for one evaluation: knowledge-base version and hash, engine version, HER2 status
    /// and ranking lens always come from the evaluation itself, so no channel can record them differently.
    /// </summary>
    public static EvaluationAuditEntry Of(
        Evaluation evaluation, string channel, Guid id, DateTimeOffset createdAt, string? patientId, string inputJson, string outputJson, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return new EvaluationAuditEntry(id, createdAt, channel, patientId, HookInstance: null, inputJson, outputJson,
            evaluation.KnowledgeBase.Version, evaluation.KnowledgeBase.Hash, evaluation.EngineVersion, duration, WireNames.Of(evaluation.Her2.Status))
        {
            RankingLens = WireNames.Of(evaluation.Ranking.Lens),
        };
    }

    /// <summary>A new time-ordered id (UUID v7), so the index on id follows insertion order.</summary>
    public static Guid NewId(DateTimeOffset createdAt) => Guid.CreateVersion7(createdAt);

    internal EvaluationRecord ToRecord()
    {
        if (!EvaluationChannels.All.Contains(Channel))
            throw new ArgumentException($"unknown channel '{Channel}'", nameof(Channel));
        if (PatientId is { Length: > EvaluationRecord.PatientIdMaxLength })
            throw new ArgumentException($"the patient id exceeds {EvaluationRecord.PatientIdMaxLength} characters", nameof(PatientId));
        return new EvaluationRecord
        {
            Id = Id,
            CreatedAt = CreatedAt.ToUniversalTime(),
            Channel = Channel,
            PatientId = PatientId,
            HookInstance = HookInstance,
            InputJson = InputJson,
            OutputJson = OutputJson,
            EvaluationJson = EvaluationJson,
            KbVersion = KbVersion,
            KbHash = KbHash,
            EngineVersion = EngineVersion,
            DurationMs = Duration.TotalMilliseconds,
            Her2Status = Her2Status,
            RankingLens = RankingLens,
            CallerId = CallerId,
            CallerClient = CallerClient,
        };
    }
}
