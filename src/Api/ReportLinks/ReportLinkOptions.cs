namespace CdsService.Api.ReportLinks;

using System.ComponentModel.DataAnnotations;

/// <summary>Configuration section "ReportLinks" (docs/operations.md): how long a signed report link opens.</summary>
public sealed class ReportLinkOptions
{
    public const string SectionName = "ReportLinks";

    /// <summary>
    /// Minutes a link in a CDS Hooks card or a batch report stays valid. Eight hours covers a clinic session or a
    /// tumor board; a clinician who opens the card later gets a 401 page and a fresh card from the EHR.
    /// </summary>
    [Range(1, 7 * 24 * 60)]
    public int LifetimeMinutes { get; set; } = 480;

    /// <summary>
    /// Where clinicians' browsers reach the service, e.g. https://cds.example.org; links are absolute so that a saved
    /// batch report still opens them. Unset: CdsHooks:PublicBaseUrl, else the scheme and host of the request.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    public TimeSpan Lifetime => TimeSpan.FromMinutes(LifetimeMinutes);
}
