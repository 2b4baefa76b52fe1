namespace CdsService.Api.Security.Contracts;

/// <summary>One read of stored patient data: who (caller id and client), what (action and id), when, from where.</summary>
public sealed record AccessLogEntryResponse(
    Guid Id,
    DateTimeOffset At,
    string CallerId,
    string? CallerClient,
    string Action,
    string? ResourceId,
    string? PatientId,
    int? Rows,
    string? RemoteAddress);
