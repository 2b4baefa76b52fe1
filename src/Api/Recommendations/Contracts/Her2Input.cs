namespace CdsService.Api.Recommendations.Contracts;

using System.Text.Json.Serialization;

/// <summary>HER2 testing of one tumour, interpreted by the ASCO/CAP 2018 rules (affirmed 2023).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record Her2Input
{
    /// <summary>
    /// IHC score. Allowed: "0", "1+", "2+", "3+". Also accepted: "3", "+3", "3 +" and the LOINC answers LA6111-4 (0),
    /// LA11841-6 (1+), LA11842-4 (2+), LA11843-2 (3+).
    /// </summary>
    public string? Ihc { get; init; }

    /// <summary>IHC 0 only: true when faint, incomplete membrane staining is seen in up to 10% of cells (HER2-ultralow).</summary>
    public bool? IhcMembraneStaining { get; init; }

    /// <summary>In situ hybridisation (FISH/CISH/SISH) result.</summary>
    public IshInput? Ish { get; init; }

    /// <summary>The laboratory's call, used only when no raw IHC/ISH value is given. Allowed: "positive", "negative", "equivocal".</summary>
    public string? ReportedStatus { get; init; }
}
