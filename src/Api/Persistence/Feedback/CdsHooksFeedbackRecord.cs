namespace CdsService.Api.Persistence.Feedback;

/// <summary>
/// One CDS Hooks feedback item (CDS Hooks 2.0 "Feedback"). The EHR may resend the same item, so (card, outcome,
/// outcome timestamp) is unique and a resend is stored once.
/// </summary>
public sealed class CdsHooksFeedbackRecord
{
    public required Guid Id { get; init; }
    public required string ServiceId { get; init; }
    public required string CardId { get; init; }
    public required string Outcome { get; init; }
    public required DateTimeOffset OutcomeTimestamp { get; init; }
    public string? AcceptedSuggestionsJson { get; init; }
    public string? OverrideReasonJson { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The CDS client that sent it (<c>cds:iss</c>) and its tenant.</summary>
    public string? CallerId { get; init; }

    public string? CallerClient { get; init; }
}
