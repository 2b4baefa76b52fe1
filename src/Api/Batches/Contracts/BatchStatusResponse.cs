namespace CdsService.Api.Batches.Contracts;

/// <summary>
/// A batch's state. <see cref="Done"/> counts rows finished either way (evaluated or failed), so the batch is
/// complete when it reaches <see cref="Total"/>; <see cref="Errors"/> says why each failed row was skipped;
/// <see cref="Ranking"/> is the ranking lens of every row ("current", the default, or "review").
/// </summary>
public sealed record BatchStatusResponse(
    Guid Id,
    string Status,
    string Format,
    string Ranking,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    int Total,
    int Done,
    int Evaluated,
    int Failed,
    string? Error,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<BatchRowErrorResponse> Errors,
    BatchLinks Links);
