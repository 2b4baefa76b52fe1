namespace CdsService.Api.Batches.Reports;

using CdsService.Api.Batches.Contracts;
using CdsService.Api.Evaluations.Reports;

/// <summary>
/// Everything a tumor-board report shows, read from the stored answers (the report is the record, not a re-run).
/// Each patient is the one-patient report model of the evaluations feature, so both reports say the same things.
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
    IReadOnlyList<KnowledgeBaseUsed> KnowledgeBases,
    string? SourceCitation,
    string? SourceDoi,
    bool SourceVerified,
    IReadOnlyList<BatchPatient> Patients,
    CohortSummary Summary,
    IReadOnlyList<BatchRowErrorResponse> FailedRows,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<CohortWarning> CohortWarnings,
    IReadOnlyList<ReportCitation> References,
    string Disclaimer)
{
    /// <summary>
    /// Each patient's one-patient report as a signed link that opens in a browser without an API key (docs/operations.md,
    /// "Report links"). Not part of the JSON report: the links expire, the report does not.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyDictionary<Guid, Uri> PatientReportLinks { get; init; } = new Dictionary<Guid, Uri>();
}

/// <summary>One evaluated row: its place in the file and its one-patient report.</summary>
public sealed record BatchPatient(int Row, EvaluationReport Report);

/// <summary>A knowledge base that produced some of the batch's answers (more than one only across a redeploy).</summary>
public sealed record KnowledgeBaseUsed(string Version, string Hash, int Patients);
