namespace CdsService.Rules.Model;

/// <summary>
/// Everything the rules read about one patient. Every member is optional: a missing marker makes its
/// rule "not applicable", never "normal". Values arrive already validated and normalised by the edge
/// (REST, FHIR, CSV); serum HER2 ECD is in ng/mL.
/// </summary>
public sealed record PatientPanel
{
    public string? PatientId { get; init; }
    public Her2Tests? Her2 { get; init; }
    public PtenStatus? Pten { get; init; }
    public Pik3caResult? Pik3ca { get; init; }
    public CyclinEStatus? CyclinE { get; init; }
    public Fcgr3a158Genotype? Fcgr3a158 { get; init; }
    public Fcgr2a131Genotype? Fcgr2a131 { get; init; }
    public double? SerumHer2EcdNgPerMl { get; init; }
    public P95Her2Status? P95Her2 { get; init; }
    public ExpressionLevel? Egfr { get; init; }
    public ExpressionLevel? Erbb3 { get; init; }
    public ExpressionLevel? Igf1r { get; init; }
    public ExpressionLevel? Muc4 { get; init; }
    public ExpressionLevel? Cd44 { get; init; }
    public SrcActivity? Src { get; init; }
    public P27Localization? P27 { get; init; }
    public TrastuzumabHistory? TrastuzumabHistory { get; init; }

    /// <summary>The marker ids (<see cref="MarkerIds"/>) that carry a value, in contract order.</summary>
    public IReadOnlyList<string> InputsGiven()
    {
        var given = new List<string>(16);
        if (Her2?.HasAnyValue == true) given.Add(MarkerIds.Her2);
        if (Pten is not null) given.Add(MarkerIds.Pten);
        if (Pik3ca is not null) given.Add(MarkerIds.Pik3ca);
        if (CyclinE is not null) given.Add(MarkerIds.CyclinE);
        if (Fcgr3a158 is not null) given.Add(MarkerIds.Fcgr3a158);
        if (Fcgr2a131 is not null) given.Add(MarkerIds.Fcgr2a131);
        if (SerumHer2EcdNgPerMl is not null) given.Add(MarkerIds.SerumHer2Ecd);
        if (P95Her2 is not null) given.Add(MarkerIds.P95Her2);
        if (Egfr is not null) given.Add(MarkerIds.Egfr);
        if (Erbb3 is not null) given.Add(MarkerIds.Erbb3);
        if (Igf1r is not null) given.Add(MarkerIds.Igf1r);
        if (Muc4 is not null) given.Add(MarkerIds.Muc4);
        if (Cd44 is not null) given.Add(MarkerIds.Cd44);
        if (Src is not null) given.Add(MarkerIds.Src);
        if (P27 is not null) given.Add(MarkerIds.P27);
        if (TrastuzumabHistory is not null) given.Add(MarkerIds.TrastuzumabHistory);
        return given;
    }
}
