namespace CdsService.Api.Batches;

/// <summary>The outcome of a submission: the new batch's id, or the status (400/413) and why the file was refused.</summary>
public sealed record BatchSubmission(Guid? BatchId, int StatusCode, string? Problem);
