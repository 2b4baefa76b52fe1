namespace CdsService.Rules.KnowledgeBase;

/// <summary>The public words for an availability status: kebab-case on the wire, a phrase for people.</summary>
public static class AvailabilityText
{
    public static string Wire(AvailabilityStatus status) => status switch
    {
        AvailabilityStatus.ApprovedHer2Breast => "approved-her2-breast",
        AvailabilityStatus.ApprovedOther => "approved-other",
        AvailabilityStatus.Investigational => "investigational",
        AvailabilityStatus.Discontinued => "discontinued",
        AvailabilityStatus.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>
    /// How a clinician reads the status. "unknown" is never read as available: no source was found either way
    /// (docs/clinical-rules.md, "Availability").
    /// </summary>
    public static string Label(AvailabilityStatus status) => status switch
    {
        AvailabilityStatus.ApprovedHer2Breast => "approved for HER2-positive breast cancer",
        // Not "not for HER2-positive breast cancer": exemestane's approval (HR-positive disease) covers HER2-positive patients.
        AvailabilityStatus.ApprovedOther => "approved for another indication, not as a HER2-directed therapy (off-label here unless that indication applies)",
        AvailabilityStatus.Investigational => "investigational (trials only)",
        AvailabilityStatus.Discontinued => "discontinued (not available)",
        AvailabilityStatus.Unknown => "not known to be available (unverified)",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The status of a wire name, or null for a name this version does not know.</summary>
    public static AvailabilityStatus? FromWire(string? wire) => wire switch
    {
        "approved-her2-breast" => AvailabilityStatus.ApprovedHer2Breast,
        "approved-other" => AvailabilityStatus.ApprovedOther,
        "investigational" => AvailabilityStatus.Investigational,
        "discontinued" => AvailabilityStatus.Discontinued,
        "unknown" => AvailabilityStatus.Unknown,
        _ => null,
    };

    /// <summary>A short badge for cards and tables: "tier 1, approved HER2+ breast".</summary>
    public static string Badge(AgentAvailability availability)
    {
        ArgumentNullException.ThrowIfNull(availability);
        return Badge(availability.Status, availability.Tier);
    }

    /// <summary>The badge of a status and its tier.</summary>
    public static string Badge(AvailabilityStatus status, int tier)
    {
        var words = status switch
        {
            AvailabilityStatus.ApprovedHer2Breast => "approved HER2+ breast",
            AvailabilityStatus.ApprovedOther => "other indication",
            AvailabilityStatus.Investigational => "trials only",
            AvailabilityStatus.Discontinued => "discontinued",
            _ => "availability unknown",
        };
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"tier {tier}, {words}");
    }
}
