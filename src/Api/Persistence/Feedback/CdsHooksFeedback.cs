namespace CdsService.Api.Persistence.Feedback;

using CdsService.Api.Auth;

/// <summary>One feedback item as the CDS Hooks feedback endpoint receives it (JSON parts kept as JSON text).</summary>
public sealed record CdsHooksFeedback(
    string ServiceId,
    string CardId,
    string Outcome,
    DateTimeOffset OutcomeTimestamp,
    string? AcceptedSuggestionsJson,
    string? OverrideReasonJson)
{
    /// <summary>The CDS client that sent it.</summary>
    public Caller? Caller { get; init; }
}
