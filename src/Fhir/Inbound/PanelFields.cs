namespace CdsService.Fhir.Inbound;

/// <summary>Panel field paths as the REST contract names them (README.md, "A first call"), used in facts, used lists and errors.</summary>
internal static class PanelFields
{
    public const string Her2Ihc = "her2.ihc";
    public const string Her2IhcMembraneStaining = "her2.ihcMembraneStaining";
    public const string Her2ReportedStatus = "her2.reportedStatus";
    public const string Her2IshRatio = "her2.ish.her2Cep17Ratio";
    public const string Her2IshCopies = "her2.ish.meanHer2CopiesPerCell";
    public const string Her2Ish = "her2.ish";
    public const string Pik3caVariant = "pik3ca.variants";
    public const string Pik3caWildType = "pik3ca.status";
    public const string SerumHer2Ecd = "serumHer2Ecd";

    /// <summary>Rank of a reported-status source: the 48676-1 interpretation over an ISH or IHC qualitative result.</summary>
    public const int RankStatusObservation = 0;
    public const int RankIshQualitative = 1;
    public const int RankIhcQualitative = 2;
}
