namespace CdsService.Api.Recommendations.Contracts;

using System.Text.Json.Serialization;

/// <summary>
/// An ISH result. Dual-probe needs both the ratio and the copy number; single-probe needs the copy number and no ratio.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record IshInput
{
    /// <summary>Assay design (required when ish is given). Allowed: "dual-probe", "single-probe".</summary>
    public string? Assay { get; init; }

    /// <summary>HER2/CEP17 ratio: finite, greater than 0 and less than 50. Dual-probe only.</summary>
    public double? Her2Cep17Ratio { get; init; }

    /// <summary>Mean HER2 signals (copies) per cell: finite, greater than 0 and less than 100.</summary>
    public double? MeanHer2CopiesPerCell { get; init; }

    /// <summary>ASCO/CAP group 1-5 after the blinded recount of a dual-probe group 2-4 case with IHC 2+. Dual-probe only.</summary>
    public int? RecountGroup { get; init; }
}
