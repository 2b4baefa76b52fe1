namespace CdsService.Api.Persistence.Access;

/// <summary>The action vocabulary of access_log.action; other features add theirs here (at most 32 characters).</summary>
public static class AccessActions
{
    public const int MaxLength = 32;

    public const string ReadEvaluation = "read-evaluation";
    public const string ListEvaluations = "list-evaluations";
    public const string ReadReport = "read-report";
    public const string ReadBatch = "read-batch";
    public const string ReadBatchReport = "read-batch-report";
    public const string ListAccessLog = "list-access-log";

    /// <summary>A report opened through a signed link (a CDS Hooks card, a batch report); the caller is the one the link was issued to.</summary>
    public const string ReadReportByLink = "read-report-link";

    public const string ReadBatchReportByLink = "read-batch-report-link";
}
