namespace CdsService.Api.Batches.Reports;

using System.Text.Json.Serialization;
using CdsService.Api.Evaluations.Reports;

/// <summary>
/// The head of a tumor-board report: provenance, counts and failed rows, read from the batch and its stored answers
/// (the report is the record, not a re-run). The patients are not held here: <see cref="ReadPatients"/> streams them
/// from the database as often as a format needs them, each as the one-patient report model of the evaluations feature,
/// so both reports say the same things; what the report says of the cohort is counted on the way (<see cref="CohortTally"/>).
/// </summary>
public sealed record BatchReport(
    Guid BatchId,
    string Format,
    string RankingLens,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    int Total,
    int Evaluated,
    int Failed,
    [property: JsonIgnore] int PatientCount,
    IReadOnlyList<KnowledgeBaseUsed> KnowledgeBases,
    string? SourceCitation,
    string? SourceDoi,
    bool SourceVerified,
    IReadOnlyList<Contracts.BatchRowErrorResponse> FailedRows,
    IReadOnlyList<string> Warnings,
    string Disclaimer)
{
    /// <summary>The evaluated patients in row order, read again from the database at each call.</summary>
    [JsonIgnore]
    public Func<CancellationToken, IAsyncEnumerable<BatchPatient>> ReadPatients { get; init; } = _ => AsyncEnumerable.Empty<BatchPatient>();

    /// <summary>
    /// A patient's one-patient report as a signed link that opens in a browser without an API key (docs/operations.md,
    /// "Report links"); null when the report carries no links. Not part of the JSON report: the links expire, the report does not.
    /// </summary>
    [JsonIgnore]
    public Func<Guid, Uri?> PatientLink { get; init; } = _ => null;
}

/// <summary>One evaluated row: its place in the file and its one-patient report.</summary>
public sealed record BatchPatient(int Row, EvaluationReport Report);

/// <summary>A knowledge base that produced some of the batch's answers (more than one only across a redeploy).</summary>
public sealed record KnowledgeBaseUsed(string Version, string Hash, int Patients);
