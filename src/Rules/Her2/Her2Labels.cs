namespace CdsService.Rules.Her2;

using CdsService.Rules.Model;

/// <summary>
/// HER2-low and HER2-ultralow (docs/clinical-rules.md, "HER2"). They postdate the review (trastuzumab deruxtecan,
/// 2022 and 2025), so they are flagged with currency notes and never change eligibility for Table 1 options.
/// </summary>
internal static class Her2Labels
{
    // Final negative with IHC 1+, or IHC 2+ with negative ISH (IHC 2+ is only ever negative through ISH).
    public static bool IsHer2Low(Her2Status status, IhcScore? ihc) =>
        status == Her2Status.Negative && ihc is IhcScore.One or IhcScore.Two;

    // Final negative with IHC 0 and faint, incomplete membrane staining in <= 10% of cells.
    public static bool IsHer2Ultralow(Her2Status status, IhcScore? ihc, bool? membraneStaining) =>
        status == Her2Status.Negative && ihc == IhcScore.Zero && membraneStaining == true;
}
