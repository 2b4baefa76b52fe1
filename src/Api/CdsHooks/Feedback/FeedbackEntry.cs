namespace CdsService.Api.CdsHooks.Feedback;

/// <summary>One validated feedback entry (CDS Hooks 2.0 §Feedback); identity for idempotency is card + outcome + time.</summary>
public sealed record FeedbackEntry(
    string ServiceId,
    string Card,
    string Outcome,
    DateTimeOffset OutcomeTimestamp,
    IReadOnlyList<string> AcceptedSuggestions,
    string? OverrideReasonSystem,
    string? OverrideReasonCode,
    string? OverrideReasonDisplay,
    string? UserComment);
