namespace CdsService.Api.Recommendations.Contracts;

using System.Text.Json.Serialization;

/// <summary>
/// One patient's biomarker panel. Every field is optional, but at least one biomarker must be given. A missing marker
/// makes its rule "not applicable", never "normal".
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record RecommendationRequest
{
    /// <summary>Opaque patient identifier chosen by the caller, at most 256 characters. Never logged, not echoed.</summary>
    public string? PatientId { get; init; }

    /// <summary>HER2 testing of the tumour: IHC, ISH and/or the laboratory's reported call.</summary>
    public Her2Input? Her2 { get; init; }

    /// <summary>PTEN protein status. Allowed: "intact", "loss".</summary>
    public string? Pten { get; init; }

    /// <summary>PIK3CA mutation status with the variants as reported.</summary>
    public Pik3caInput? Pik3ca { get; init; }

    /// <summary>Cyclin E status. Allowed: "normal", "amplified", "overexpressed".</summary>
    public string? CyclinE { get; init; }

    /// <summary>FCGR3A codon 158 genotype (V = valine, F = phenylalanine). Allowed: "V/V", "V/F", "F/F".</summary>
    public string? Fcgr3a158 { get; init; }

    /// <summary>FCGR2A codon 131 genotype (H = histidine, R = arginine). Allowed: "H/H", "H/R", "R/R".</summary>
    public string? Fcgr2a131 { get; init; }

    /// <summary>Serum HER2 extracellular domain (shed ECD), in ng/mL.</summary>
    public SerumHer2EcdInput? SerumHer2Ecd { get; init; }

    /// <summary>Truncated p95HER2 (p95ErbB2) in the tumour. Allowed: "present", "absent".</summary>
    public string? P95Her2 { get; init; }

    /// <summary>EGFR expression. Allowed: "overexpressed", "normal".</summary>
    public string? Egfr { get; init; }

    /// <summary>ErbB3 (HER3) expression. Allowed: "overexpressed", "normal".</summary>
    public string? Erbb3 { get; init; }

    /// <summary>IGF-1R expression. Allowed: "overexpressed", "normal".</summary>
    public string? Igf1r { get; init; }

    /// <summary>Muc4 expression. Allowed: "overexpressed", "normal".</summary>
    public string? Muc4 { get; init; }

    /// <summary>CD44 expression. Allowed: "overexpressed", "normal".</summary>
    public string? Cd44 { get; init; }

    /// <summary>Src kinase activity. Allowed: "activated", "normal".</summary>
    public string? Src { get; init; }

    /// <summary>p27kip1 localisation. Allowed: "nuclear", "cytoplasmic", "low".</summary>
    public string? P27 { get; init; }

    /// <summary>
    /// Trastuzumab treatment so far. Allowed: "naive", "responding", "progressed-after-response" (acquired resistance),
    /// "no-response" (primary resistance), "progressed" (whether it first responded is not known).
    /// </summary>
    public string? TrastuzumabHistory { get; init; }

    /// <summary>How to order the options. Allowed: "current" (the default: what is available today first), "review" (the review's 2011 order).</summary>
    public string? Ranking { get; init; }
}
