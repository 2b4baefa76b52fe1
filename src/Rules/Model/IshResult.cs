namespace CdsService.Rules.Model;

/// <summary>An ISH result: ratio = HER2/CEP17, copies = mean HER2 signals per cell; RecountGroup is the
/// ASCO/CAP group after the blinded recount of a dual-probe group 2-4 case with IHC 2+.</summary>
public sealed record IshResult(
    IshAssay Assay,
    double? Her2Cep17Ratio = null,
    double? MeanHer2CopiesPerCell = null,
    int? RecountGroup = null);
