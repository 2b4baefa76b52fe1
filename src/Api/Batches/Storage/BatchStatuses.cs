namespace CdsService.Api.Batches.Storage;

/// <summary>Status vocabulary of batches and of batch items (docs/batches.md); stored as these strings.</summary>
public static class BatchStatuses
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Done = "done";
    public const string Failed = "failed";
}
