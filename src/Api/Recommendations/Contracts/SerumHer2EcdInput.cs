namespace CdsService.Api.Recommendations.Contracts;

using System.Text.Json.Serialization;

/// <summary>Serum HER2 extracellular domain concentration. Prognostic only; never used for HER2 status.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SerumHer2EcdInput
{
    /// <summary>Concentration: finite, at least 0 and less than 100000.</summary>
    public double? Value { get; init; }

    /// <summary>Unit of the value. Allowed: "ng/mL" (exactly; convert other units before sending).</summary>
    public string? Unit { get; init; }
}
