namespace CdsService.Rules.KnowledgeBase;

/// <summary>
/// An agent's availability today: <see cref="Tier"/> 1 (approved for HER2-positive breast cancer), 2 (approved for
/// something else: off-label here) or 3 (not available: investigational, discontinued or unknown). The clinician
/// <see cref="Note"/> says it in words; <see cref="Sources"/> back it, each with its kind.
/// </summary>
public sealed record AgentAvailability(
    AvailabilityStatus Status,
    int Tier,
    string? Indication,
    string Note,
    string AsOf,
    bool Verified,
    IReadOnlyList<SourceLink> Sources)
{
    /// <summary>Tier 1 or 2: something a clinician can prescribe today, on or off label.</summary>
    public bool IsAvailable => Tier <= 2;
}
