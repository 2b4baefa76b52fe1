namespace CdsService.Api.Fhir;

/// <summary>Structured logs of the FHIR channel: ids, counts and the knowledge-base stamp, never patient data.</summary>
internal static partial class FhirLog
{
    [LoggerMessage(EventId = 1300, Level = LogLevel.Information,
        Message = "FHIR evaluation {EvaluationId} done with knowledge base {KnowledgeBaseVersion} ({KnowledgeBaseHash}): {UsedCount} Observations used, {NotUnderstoodCount} not understood, {FindingCount} findings, {OptionCount} options in {ElapsedMs:0.000} ms")]
    public static partial void FhirEvaluationCompleted(
        this ILogger logger, Guid evaluationId, string knowledgeBaseVersion, string knowledgeBaseHash, int usedCount, int notUnderstoodCount,
        int findingCount, int optionCount, double elapsedMs);
}
