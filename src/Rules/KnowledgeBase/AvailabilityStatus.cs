namespace CdsService.Rules.KnowledgeBase;

/// <summary>
/// What a clinician can do with an agent today (docs/clinical-rules.md, "Availability"). Dated knowledge from outside
/// the review, each with its sources: it never changes a level, and enters only the <c>current</c> ranking lens.
/// </summary>
public enum AvailabilityStatus
{
    /// <summary>Approved for HER2-positive breast cancer.</summary>
    ApprovedHer2Breast,

    /// <summary>Approved, but not for HER2-positive breast cancer: off-label here.</summary>
    ApprovedOther,

    /// <summary>In active clinical development.</summary>
    Investigational,

    /// <summary>A source shows development stopped, or the drug was refused or withdrawn.</summary>
    Discontinued,

    /// <summary>No source either way: shown as "not known to be available (unverified)", never as available.</summary>
    Unknown,
}
